package dev.alphanode.web;

import dev.alphanode.ops.Metrics;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line and one metric per request: method, route template, status, duration, cache
 * status and database calls. Never headers, query strings or tokens.
 */
final class RequestLog {
    private static final Logger log = LoggerFactory.getLogger("alphanode.request");
    private static final String CACHE = "anp.cache";
    private static final String DB_CALLS = "anp.db";

    private final Metrics metrics;

    RequestLog(Metrics metrics) {
        this.metrics = metrics;
    }

    /** Remembers what a page cost, for the request's log line. */
    static void note(Context ctx, String cacheStatus, int dbCalls) {
        ctx.attribute(CACHE, cacheStatus);
        ctx.attribute(DB_CALLS, dbCalls);
    }

    void record(Context ctx, Float millis) {
        String route = route(ctx);
        String cache = ctx.attribute(CACHE) instanceof String status ? status : "-";
        int dbCalls = ctx.attribute(DB_CALLS) instanceof Integer calls ? calls : 0;
        int status = ctx.status().getCode();
        metrics.request(ctx.method().name(), route, status, cache, (long) (millis * 1_000_000), dbCalls);
        if (log.isInfoEnabled()) {
            log.info("{} {} {} {} {}ms cache={} db={}", ctx.method().name(), printable(ctx.path()), route, status,
                    String.format(java.util.Locale.ROOT, "%.1f", millis), cache, dbCalls);
        }
    }

    /** The path as a log can safely carry it: no control characters (no forged lines), at most 200 chars. */
    private static String printable(String path) {
        String clean = path.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 200 ? clean.substring(0, 200) + "…" : clean;
    }

    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return ctx.path().startsWith("/static/") ? "/static/*" : "unmatched";
        }
    }
}
