package dev.alphanode.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphanode.site.ImportReport;
import dev.alphanode.site.SiteState;
import dev.alphanode.store.PostStore;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /healthz}: 200 while the site can serve pages, 503 when the database is unreachable. */
public final class Health {
    private final PostStore store;
    private final SiteState state;
    private final String version;
    private final ObjectMapper json = new ObjectMapper();

    public Health(PostStore store, SiteState state, String version) {
        this.store = store;
        this.state = state;
        this.version = version;
    }

    void handle(Context ctx) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean dbUp;
        int posts = 0;
        try {
            posts = store.countPublished();
            dbUp = true;
        } catch (RuntimeException e) {
            dbUp = false;
        }
        ImportReport report = state.lastImport();
        body.put("status", dbUp ? "ok" : "down");
        body.put("db", dbUp ? "up" : "down");
        body.put("redis", "not used");
        body.put("posts", posts);
        body.put("version", version);
        body.put("contentErrors", report == null ? java.util.List.of()
                : report.problems().stream().filter(p -> p.isError()).map(Object::toString).toList());
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
        ctx.status(dbUp ? 200 : 503);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(json.writeValueAsString(body));
    }
}
