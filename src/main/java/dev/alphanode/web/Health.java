package dev.alphanode.web;

import dev.alphanode.cache.RedisCache;
import dev.alphanode.content.ContentProblem;
import dev.alphanode.ops.Faults;
import dev.alphanode.sync.ImportReport;
import dev.alphanode.sync.SiteState;
import dev.alphanode.store.PostStore;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /healthz} for load balancers: 200 while pages can be served ("ok", or "degraded" when
 * Redis is away and pages are rendered without it), 503 when the database is unreachable ("down")
 * or a fatal fault was recorded ("failing": a thread died, an {@code Error}; see {@link Faults}).
 */
public final class Health {
    private final PostStore store;
    private final SiteState state;
    private final Optional<RedisCache> redis;
    private final String version;
    private final String release;
    private final Faults faults;

    public Health(PostStore store, SiteState state, Optional<RedisCache> redis, String version, String release,
                  Faults faults) {
        this.faults = faults;
        this.store = store;
        this.state = state;
        this.redis = redis;
        this.version = version;
        this.release = release;
    }

    void handle(Context ctx) throws Exception {
        Optional<Integer> posts = posts();
        String redisState = redis.map(r -> r.state().name().toLowerCase(Locale.ROOT)).orElse("off");
        List<String> faultReasons = faults.reasons();
        String status = !faultReasons.isEmpty() ? "failing" : posts.isEmpty() ? "down"
                : redisState.equals("up") || redisState.equals("off") ? "ok" : "degraded";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("db", posts.isPresent() ? "up" : "down");
        body.put("redis", redisState);
        body.put("posts", posts.orElse(0));
        body.put("version", version);
        body.put("release", release);
        body.put("faults", faultReasons);
        ImportReport report = state.lastImport();
        body.put("contentErrors", report == null ? List.of()
                : report.problems().stream().filter(ContentProblem::isError).map(Object::toString).toList());
        if (report != null) {
            Map<String, Object> lastImport = new LinkedHashMap<>();
            lastImport.put("files", report.files());
            lastImport.put("imported", report.imported());
            lastImport.put("unchanged", report.unchanged());
            lastImport.put("removed", report.removed());
            lastImport.put("rejected", report.rejected());
            lastImport.put("millis", report.millis());
            body.put("lastImport", lastImport);
        }
        ctx.header("Cache-Control", "no-store");
        JsonReply.send(ctx, posts.isPresent() && faultReasons.isEmpty() ? 200 : 503, body);
    }

    private Optional<Integer> posts() {
        try {
            return Optional.of(store.countPublished());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
