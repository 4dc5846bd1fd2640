package dev.alphanode.web;

import dev.alphanode.cache.FragmentCache;
import dev.alphanode.cache.OperatorPurge;
import dev.alphanode.sync.ContentSync;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import dev.alphanode.render.Link;
import dev.alphanode.route.Route;
import dev.alphanode.similar.Explanation;
import dev.alphanode.similar.SimilarPosts;
import dev.alphanode.pages.Pages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operator routes under {@code /admin}: 404 when ANP_ADMIN_TOKEN is unset (they do not exist),
 * 401 without the right bearer token.
 */
public final class Admin {
    private final AdminToken token;
    private final Optional<FragmentCache> cache;
    private final ContentSync sync;
    private final UploadRoute uploads;

    private final Pages pages;
    private final boolean https;
    private final SimilarPosts similar;

    public Admin(AdminToken token, Optional<FragmentCache> cache, ContentSync sync, UploadRoute uploads, Pages pages,
          SimilarPosts similar, boolean https) {
        this.pages = pages;
        this.similar = similar;
        this.https = https;
        this.token = token;
        this.cache = cache;
        this.sync = sync;
        this.uploads = uploads;
    }

    void routes(JavalinConfig config) {
        config.routes.post("/admin/purge", ctx -> guarded(ctx, this::purge));
        config.routes.post("/admin/sync", ctx -> guarded(ctx, this::sync));
        config.routes.post("/admin/upload", ctx -> guarded(ctx, uploads::handle));
        WebServer.getAndHead(config, "/admin/content", ctx -> guarded(ctx, this::content));
        WebServer.getAndHead(config, "/admin/similar/{slug}", ctx -> guarded(ctx, this::explainSimilar));
        config.routes.post("/admin/preview", this::startPreview);
    }

    /** Without a token the admin routes do not exist: no 401, and no 405 saying which methods they take. */
    boolean hides(String path) {
        return !token.enabled() && path.startsWith("/admin/");
    }

    @FunctionalInterface
    interface AdminHandler {
        void handle(Context ctx) throws Exception;
    }

    private void guarded(Context ctx, AdminHandler handler) throws Exception {
        ctx.header("Cache-Control", "no-store");
        if (!token.enabled()) {
            ctx.status(404);
            return;
        }
        if (!token.matches(ctx)) {
            ctx.header("WWW-Authenticate", "Bearer");
            reply(ctx, 401, Map.of("error", "missing or wrong bearer token (expected Authorization: Bearer <ANP_ADMIN_TOKEN>)"));
            return;
        }
        handler.handle(ctx);
    }

    /** {@code POST /admin/purge?route=/posts/x} or {@code ?all=true}: the number of keys removed. */
    private void purge(Context ctx) throws Exception {
        if (cache.isEmpty()) {
            reply(ctx, 409, Map.of("error", "the cache is off (ANP_CACHE=off); nothing to purge"));
            return;
        }
        OperatorPurge request;
        try {
            request = OperatorPurge.of(ctx.queryParam("route"), "true".equals(ctx.queryParam("all")));
        } catch (IllegalArgumentException e) {
            reply(ctx, 400, Map.of("error", e.getMessage()));
            return;
        }
        try {
            long removed = cache.get().purge(request);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("removed", removed);
            body.put("scope", request.route().orElse("all"));
            reply(ctx, 200, body);
        } catch (IllegalStateException e) {
            reply(ctx, 503, Map.of("error", e.getMessage()));
        }
    }

    /** {@code GET /admin/similar/{slug}}: the post's similar list with each neighbour's score parts, for tuning weights. */
    private void explainSimilar(Context ctx) throws Exception {
        String slug = ctx.pathParam("slug");
        List<Explanation> neighbours = similar.explain(slug, 50);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("formula", "score = topic + stack + tools + tags + text (docs/similar.md)");
        body.put("neighbours", neighbours);
        reply(ctx, 200, body);
    }

    /** {@code GET /admin/content}: posts, drafts, errors with file:line, last import, cache stats. */
    private void content(Context ctx) {
        List<Link> facts = new java.util.ArrayList<>(cache.map(c -> List.of(
                new Link("redis", c.redis().state().name().toLowerCase(java.util.Locale.ROOT)),
                new Link("hits", String.valueOf(c.counters().hits())),
                new Link("misses", String.valueOf(c.counters().misses())),
                new Link("purged keys", String.valueOf(c.counters().purgedKeys())),
                new Link("release", c.keys().release())))
                .orElse(List.of(new Link("cache", "off (ANP_CACHE=off)"))));
        cache.ifPresent(c -> {
            for (Route route : DISCOVERY) {
                List<String> keys = route.fragments().stream().map(f -> c.keys().key(route.path(), f.id())).toList();
                String held = c.redis().mget(keys).map(values -> values.stream().allMatch(java.util.Objects::nonNull)
                        ? "cached" : "not cached").orElse("unknown (Redis did not answer)");
                facts.add(new Link(route.path(), held));
            }
        });
        facts.add(new Link("searches", "cached per query under the published-content fingerprint "
                + abbreviated(pages.searchFingerprint()) + " (any published change makes them unreachable)"));
        ctx.header("Cache-Control", "private, no-store").html(pages.adminContent(facts));
    }

    /**
     * {@code POST /admin/preview} with form field {@code token}: sets the preview cookie (HttpOnly,
     * SameSite=Strict) so this browser sees drafts and the admin pages, then goes to the content page.
     */
    private void startPreview(Context ctx) throws Exception {
        ctx.header("Cache-Control", "no-store");
        if (!token.enabled()) {
            ctx.status(404);
            return;
        }
        String candidate = ctx.formParam("token");
        if (!token.matches(candidate)) {
            reply(ctx, 401, Map.of("error", "wrong token (expected the value of ANP_ADMIN_TOKEN in the form field 'token')"));
            return;
        }
        ctx.header("Set-Cookie", AdminToken.PREVIEW_COOKIE + "=" + candidate + "; Path=/; HttpOnly; SameSite=Strict"
                + (https ? "; Secure" : ""));
        ctx.redirect("/admin/content", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** {@code POST /admin/sync}: re-reads content/ now (the watcher's path) and says what changed. */
    private void sync(Context ctx) throws Exception {
        ContentSync.SyncReport report = sync.sync();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("imported", report.imported().imported());
        body.put("removed", report.imported().removed());
        body.put("rejected", report.imported().rejected());
        body.put("purgedKeys", report.purgedKeys());
        reply(ctx, 200, body);
    }

    /** The discovery documents whose cache state the content page shows. */
    private static final List<Route> DISCOVERY = List.of(new Route.Feed(dev.alphanode.store.Listing.HOME),
            new Route.Sitemap(0), new Route.Robots());

    private static String abbreviated(String fingerprint) {
        return fingerprint.length() > 12 ? fingerprint.substring(0, 12) + "…" : fingerprint;
    }

    private void reply(Context ctx, int status, Map<String, ?> body) throws Exception {
        JsonReply.send(ctx, status, body);
    }
}
