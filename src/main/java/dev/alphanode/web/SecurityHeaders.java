package dev.alphanode.web;

import io.javalin.http.Context;

/** Headers every response carries, HTML or not. */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; img-src 'self' https: data:; script-src 'self'; "
            + "style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx, boolean https) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
        if (https) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
