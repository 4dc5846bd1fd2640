package dev.alphanode.web;

import dev.alphanode.cache.CacheStatus;
import dev.alphanode.cache.DirectCopies;
import dev.alphanode.cache.FragmentCache;
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
 * previews, other routes — goes on to Javalin unchanged. Status, headers and body come from
 * {@link PageResponse}, the request's log line and metrics from {@link RequestLog}, exactly as on
 * the Javalin path.
 */
public final class NearHits extends Handler.Wrapper {
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
            return super.handle(request, response, callback);
        }
        String path = request.getHttpURI().getPath();
        Route route = canonical(path);
        if (route == null || mayPreview(request.getHeaders())) {
            return super.handle(request, response, callback);
        }
        Optional<Served> near = cache.nearHit(path);
        if (near.isEmpty()) {
            return super.handle(request, response, callback);
        }
        HttpFields headers = request.getHeaders();
        CacheStatus status = near.get().status();
        PageResponse page = PageResponse.page(near.get().body().orElseThrow(), route, status,
                PageResponse.serverTiming(0, 0, 0, System.nanoTime() - start), false,
                headers.get(HttpHeader.IF_NONE_MATCH), headers.get(HttpHeader.ACCEPT_ENCODING), edge);
        // Counted and logged before the write: once the client has the response, /metrics shows it.
        answered.increment();
        requestLog.record(method, path, route.template(), page.status(), status.name(), System.nanoTime() - start, 0);
        send(page, response, callback);
        return true;
    }

    /** Requests answered here rather than by Javalin. */
    long answered() {
        return answered.sum();
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
        if (headers.contains(HttpHeader.AUTHORIZATION)) {
            return true;
        }
        for (HttpField cookie : headers.getFields(HttpHeader.COOKIE)) {
            if (cookie.getValue().contains(AdminToken.PREVIEW_COOKIE)) {
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
