package dev.alphanode.web;

import dev.alphanode.cache.CacheStatus;
import dev.alphanode.cache.DirectCopies;
import dev.alphanode.cache.FragmentCache;
import dev.alphanode.cache.PageBody;
import dev.alphanode.cache.Served;
import dev.alphanode.ops.Faults;
import dev.alphanode.route.Route;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves pages that sit in the near cache straight from Jetty, ahead of Javalin's servlet: a hot
 * page then costs about what a static file costs. Only plain {@code GET}/{@code HEAD} requests
 * of a page route in its canonical form (no query, no trailing slash, no escapes), without the
 * admin token or the preview cookie, whose page is in the near cache; everything else — misses,
 * previews, other routes — goes on to Javalin unchanged, in a thread of Jetty's pool. Status, headers and body come from
 * {@link PageResponse}, the request's log line and metrics from {@link RequestLog}, exactly as on
 * the Javalin path.
 */
public final class NearHits extends Handler.Wrapper {
    private static final String SERVER_TIMING = "Server-Timing";
    private final FragmentCache cache;
    private final List<HttpField> securityHeaders;
    private final RequestLog requestLog;
    private final Faults faults;
    private final java.util.concurrent.atomic.LongAdder answered = new java.util.concurrent.atomic.LongAdder();
    /** Off-heap copies of the hottest pages: at most 64 MB, whatever the near cache holds. */
    private final DirectCopies directCopies = new DirectCopies(64L << 20);

    private final EdgePolicy edge;

    public NearHits(FragmentCache cache, boolean https, RequestLog requestLog, Faults faults, EdgePolicy edge) {
        this.edge = edge;
        this.faults = faults;
        this.cache = cache;
        this.securityHeaders = SecurityHeaders.of(https).stream()
                .<HttpField>map(header -> new PreEncodedHttpField(header.name(), header.value())).toList();
        this.requestLog = requestLog;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        try {
            return answer(request, response, callback);
        } catch (Error e) {
            // Jetty answers 500 for it; recorded like an Error on the Javalin path, so /healthz fails too.
            faults.recordIfError("a request handler (near hits)", e);
            throw e;
        }
    }

    private boolean answer(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String method = request.getMethod();
        boolean get = HttpMethod.GET.is(method);
        if (!get && !HttpMethod.HEAD.is(method) || request.getHttpURI().getQuery() != null) {
            return passOn(request, response, callback);
        }
        String path = request.getHttpURI().getPath();
        Route route = canonical(path);
        if (route == null || mayPreview(request.getHeaders())) {
            return passOn(request, response, callback);
        }
        Optional<Served> near = cache.nearHitWithoutWaiting(path);
        if (near.isEmpty()) {
            return passOn(request, response, callback);
        }
        HttpFields headers = request.getHeaders();
        CacheStatus status = near.get().status();
        PageBody body = near.get().body().orElseThrow();
        String ifNoneMatch = headers.get(HttpHeader.IF_NONE_MATCH);
        if (body.etag().equals(ifNoneMatch)) {
            PageResponse notModified = PageResponse.page(body, route, status, timing(start), false, ifNoneMatch,
                    headers.get(HttpHeader.ACCEPT_ENCODING), edge);
            record(method, path, route, notModified.status(), status, start);
            send(notModified, response, callback);
            return true;
        }
        boolean gzip = PageResponse.acceptsGzip(headers.get(HttpHeader.ACCEPT_ENCODING));
        String cacheControl = edge.cacheControl(route);
        Encoded encoded = body.derived(status.ordinal() * 2 + (gzip ? 1 : 0),
                (Encoded known) -> known.fits(route, cacheControl),
                page -> Encoded.of(PageResponse.page(page, route, status, "", false, null, gzip ? "gzip" : null, edge),
                        route, cacheControl));
        record(method, path, route, 200, status, start);
        send(encoded, timing(start), response, callback);
        return true;
    }

    /**
     * Hits are answered on the thread that read the request (Jetty's selector: no thread woken, no
     * hand-off), so this handler tells Jetty it never blocks; everything else may block (H2, Redis,
     * Thymeleaf, a request body), so it goes on to Javalin in a thread of the pool.
     */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    private boolean passOn(Request request, Response response, Callback callback) {
        request.getContext().execute(() -> {
            try {
                if (!super.handle(request, response, callback)) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable e) {
                faults.recordIfError("a request handler (near hits)", e);
                callback.failed(e);
            }
        });
        return true;
    }

    private static String timing(long start) {
        return PageResponse.serverTiming(0, 0, 0, System.nanoTime() - start);
    }

    // Counted and logged before the write: once the client has the response, /metrics shows it.
    private void record(String method, String path, Route route, int code, CacheStatus status, long start) {
        answered.increment();
        requestLog.record(method, path, route.template(), code, status.name(), System.nanoTime() - start, 0);
    }

    /**
     * A 200 answer's headers encoded once for Jetty's generator ({@link PreEncodedHttpField}: copied as
     * bytes, not checked and encoded character by character per request) around the one header that
     * changes per request, Server-Timing; and the answer they came from (its body is sent). Kept on the page per cache status
     * and gzip-or-not, for as long as the route and the Cache-Control it was made for are the request's.
     */
    private record Encoded(List<HttpField> beforeTiming, List<HttpField> afterTiming, PageResponse page,
                           String path, String cacheControl) {
        static Encoded of(PageResponse page, Route route, String cacheControl) {
            List<HttpField> before = new java.util.ArrayList<>();
            List<HttpField> after = new java.util.ArrayList<>();
            boolean timingSeen = false;
            for (Header header : page.headers()) {
                if (header.name().equals(SERVER_TIMING)) {
                    timingSeen = true;
                } else {
                    (timingSeen ? after : before).add(new PreEncodedHttpField(header.name(), header.value()));
                }
            }
            after.add(new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, page.bytes().length));
            return new Encoded(List.copyOf(before), List.copyOf(after), page, route.path(), cacheControl);
        }

        boolean fits(Route route, String control) {
            return path.equals(route.path()) && cacheControl.equals(control);
        }
    }

    /** Requests answered here rather than by Javalin. */
    long answered() {
        return answered.sum();
    }

    private void send(Encoded encoded, String timing, Response response, Callback callback) {
        response.setStatus(200);
        HttpFields.Mutable fields = response.getHeaders();
        for (HttpField field : securityHeaders) {
            fields.add(field);
        }
        for (HttpField field : encoded.beforeTiming()) {
            fields.add(field);
        }
        fields.add(new HttpField(null, SERVER_TIMING, timing));
        for (HttpField field : encoded.afterTiming()) {
            fields.add(field);
        }
        response.write(true, encoded.page().buffer(directCopies), callback);
    }

    private void send(PageResponse page, Response response, Callback callback) {
        response.setStatus(page.status());
        HttpFields.Mutable fields = response.getHeaders();
        for (HttpField field : securityHeaders) {
            fields.add(field);
        }
        for (Header header : page.headers()) {
            fields.add(header.name(), header.value());
        }
        if (!page.hasBody()) {
            callback.succeeded();
            return;
        }
        ByteBuffer body = page.buffer(directCopies);
        fields.put(HttpHeader.CONTENT_LENGTH, body.remaining());
        response.write(true, body, callback);
    }

    /** The admin token or the preview cookie may be there: Javalin decides (it shows drafts, bypasses the cache). */
    private static boolean mayPreview(HttpFields headers) {
        for (HttpField field : headers) {
            HttpHeader header = field.getHeader();
            if (header == HttpHeader.AUTHORIZATION
                    || header == HttpHeader.COOKIE && field.getValue().contains(AdminToken.PREVIEW_COOKIE)) {
                return true;
            }
        }
        return false;
    }

    /** The route of a page path in canonical form, or null. */
    static Route canonical(String path) {
        return Route.parse(path).filter(route -> route.spelledAs(path)).orElse(null);
    }
}
