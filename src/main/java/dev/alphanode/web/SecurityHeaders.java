package dev.alphanode.web;

import io.javalin.http.Context;
import java.util.List;

/** Headers every response carries, HTML or not. */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; img-src 'self' https: data:; script-src 'self'; "
            + "style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final List<Header> ALWAYS = List.of(
            new Header("Content-Security-Policy", CSP),
            new Header("X-Content-Type-Options", "nosniff"),
            new Header("Referrer-Policy", "strict-origin-when-cross-origin"),
            new Header("X-Frame-Options", "DENY"));
    private static final List<Header> WITH_HSTS = java.util.stream.Stream.concat(ALWAYS.stream(),
            java.util.stream.Stream.of(new Header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")))
            .toList();

    private SecurityHeaders() {
    }

    /** The headers, in order; HSTS only when the site is served over https. */
    static List<Header> of(boolean https) {
        return https ? WITH_HSTS : ALWAYS;
    }

    static void apply(Context ctx, boolean https) {
        for (Header header : of(https)) {
            ctx.header(header.name(), header.value());
        }
    }
}
