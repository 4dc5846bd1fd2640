package dev.alphanode.web;

import dev.alphanode.ops.Metrics;
import dev.alphanode.ops.RequestLabels;
import dev.alphanode.route.OldPath;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line and one metric per request: method, route template, status, duration, cache
 * status and database calls. Never headers, query strings or tokens. Javalin's request logger and
 * the near-cache handler ({@link NearHits}) both record here, so their lines and series are the same.
 */
public final class RequestLog {
    private static final Logger log = LoggerFactory.getLogger(dev.alphanode.ops.LogSettings.REQUEST_LOGGER);
    private static final String CACHE = "anp.cache";
    private static final String DB_CALLS = "anp.db";
    private static final String REDIRECT = "anp.redirect";

    private final Metrics metrics;

    public RequestLog(Metrics metrics) {
        this.metrics = metrics;
    }

    /** Remembers what a page cost, for the request's log line. */
    static void note(Context ctx, String cacheStatus, int dbCalls) {
        ctx.attribute(CACHE, cacheStatus);
        ctx.attribute(DB_CALLS, dbCalls);
    }

    /** Marks a request answered by an old URL's redirect: its route label is {@link OldPath#TEMPLATE}. */
    static void redirected(Context ctx) {
        ctx.attribute(REDIRECT, Boolean.TRUE);
    }

    void record(Context ctx, Float millis) {
        String cache = ctx.attribute(CACHE) instanceof String status ? status : "-";
        int dbCalls = ctx.attribute(DB_CALLS) instanceof Integer calls ? calls : 0;
        record(ctx.method().name(), ctx.path(), route(ctx), ctx.status().getCode(), cache, (long) (millis * 1_000_000),
                dbCalls);
    }

    void record(String method, String path, String route, int status, String cache, long nanos, int dbCalls) {
        metrics.request(method, route, status, cache, nanos, dbCalls);
        if (log.isInfoEnabled()) {
            log.info(printable(method) + ' ' + printable(path) + ' ' + route + ' ' + status + ' ' + tenths(nanos) + "ms cache=" + cache
                    + " db=" + dbCalls);
        }
    }

    /** Milliseconds with one decimal, e.g. {@code 0.1}. */
    private static String tenths(long nanos) {
        long tenths = (nanos + 50_000) / 100_000;
        return tenths / 10 + "." + tenths % 10;
    }

    /** The path as a log can safely carry it: no control characters (no forged lines), at most 200 chars. */
    private static String printable(String path) {
        int length = Math.min(path.length(), 200);
        boolean clean = true;
        for (int i = 0; i < length && clean; i++) {
            clean = !Character.isISOControl(path.charAt(i));
        }
        if (clean && path.length() <= 200) {
            return path;
        }
        StringBuilder printable = new StringBuilder(length + 1);
        for (int i = 0; i < length; i++) {
            char c = path.charAt(i);
            printable.append(Character.isISOControl(c) ? '?' : c);
        }
        return path.length() > 200 ? printable.append('…').toString() : printable.toString();
    }

    /** The template of the route that took the request; never the raw path, which the client chooses. */
    static String route(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(REDIRECT))) {
            return OldPath.TEMPLATE;
        }
        String template;
        try {
            template = ctx.endpoint().path;
        } catch (RuntimeException e) {
            template = "*";
        }
        if (!template.equals("*")) {
            return template;
        }
        // "*" is the error handlers' template: no route took the request, or the static files did.
        return ctx.path().startsWith("/static/") ? "/static/*" : RequestLabels.UNMATCHED;
    }
}
