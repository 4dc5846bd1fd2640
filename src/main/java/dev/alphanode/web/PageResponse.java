package dev.alphanode.web;

import dev.alphanode.cache.CacheStatus;
import dev.alphanode.cache.DirectCopies;
import dev.alphanode.cache.PageBody;
import dev.alphanode.route.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page response is (HTML, or a feed, sitemap or robots.txt) — status, headers besides the security headers, body — decided
 * in one place for both senders: Javalin routes ({@link WebServer}) and near-cache hits
 * ({@link NearHits}). Either sender only copies it onto its response, so the two cannot drift.
 */
record PageResponse(int status, List<Header> headers, PageBody page, boolean gzip) {
    private static final String PRIVATE = "private, no-store";
    private static final String NOTHING_SPENT = serverTiming(0, 0, 0, 0);

    /** No page at this route: the caller renders the 404 page; the cache headers still tell what was tried. */
    static PageResponse missing(CacheStatus cache, String serverTiming) {
        return new PageResponse(404, List.of(new Header("X-Cache", cache.name()), new Header("Server-Timing", serverTiming)),
                null, false);
    }

    /**
     * The page, or 304 when {@code ifNoneMatch} is its ETag. Gzip when {@code acceptEncoding}
     * offers it; the page is compressed once ({@link PageBody#gzipped}), and Javalin's own
     * compression leaves a response alone once it has a {@code Content-Encoding}.
     */
    static PageResponse page(PageBody body, Route route, CacheStatus cache, String serverTiming, boolean preview,
                             String ifNoneMatch, String acceptEncoding, EdgePolicy edge) {
        List<Header> headers = new ArrayList<>(10);
        headers.add(new Header("X-Cache", cache.name()));
        headers.add(new Header("Server-Timing", serverTiming));
        headers.add(new Header("ETag", body.etag()));
        headers.add(new Header("Cache-Control", preview ? PRIVATE : edge.cacheControl(route)));
        headers.add(new Header("Vary", "Accept-Encoding"));
        if (!preview) {
            // On a 304 too: an edge revalidating its copy keeps the keys it is purged by.
            headers.addAll(edge.keys(route, body));
        }
        if (body.etag().equals(ifNoneMatch)) {
            return new PageResponse(304, headers, null, false);
        }
        headers.add(new Header("Content-Type", route.contentType()));
        boolean gzip = acceptsGzip(acceptEncoding);
        if (gzip) {
            headers.add(new Header("Content-Encoding", "gzip"));
        }
        return new PageResponse(200, headers, body, gzip);
    }

    /** Whether there is a body to send (not for 304 or 404). */
    boolean hasBody() {
        return page != null;
    }

    /** The body to send, as stored. */
    byte[] bytes() {
        return gzip ? page.gzipped() : page.html();
    }

    /** The body to send, as a buffer: a direct copy while {@code copies} has budget for it. */
    java.nio.ByteBuffer buffer(DirectCopies copies) {
        return gzip ? page.gzippedBuffer(copies) : page.htmlBuffer(copies);
    }

    /** {@code db;dur=…;desc="N calls", render;dur=…, cache;dur=…} in milliseconds. */
    static String serverTiming(int dbCalls, long dbNanos, long renderNanos, long cacheNanos) {
        if (dbCalls == 0 && dbNanos < 10_000 && renderNanos < 10_000 && cacheNanos < 10_000 && NOTHING_SPENT != null) {
            return NOTHING_SPENT;
        }
        return "db;dur=" + millis(dbNanos) + ";desc=\"" + dbCalls + " calls\", render;dur=" + millis(renderNanos)
                + ", cache;dur=" + millis(cacheNanos);
    }

    private static String millis(long nanos) {
        long hundredths = nanos / 10_000;
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }

    /** Whether {@code gzip} is among the offered codings with a non-zero quality ({@code gzip;q=0} refuses it). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String offer : acceptEncoding.split(",")) {
            String[] parts = offer.split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                return parts.length == 1 || !parts[1].trim().matches("[qQ]\\s*=\\s*0(\\.0{0,3})?");
            }
        }
        return false;
    }
}
