package dev.alphanode.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The admin bearer token from ANP_ADMIN_TOKEN, compared in constant time; no token, no admin. */
public final class AdminToken {
    private final Optional<byte[]> token;

    public AdminToken(Optional<String> token) {
        this.token = token.map(value -> value.getBytes(StandardCharsets.UTF_8));
    }

    boolean enabled() {
        return token.isPresent();
    }

    static final String PREVIEW_COOKIE = "anp_preview";

    /** The bearer token in {@code Authorization}, or the preview cookie set from the admin page. */
    boolean matches(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            return matches(header.substring("Bearer ".length()));
        }
        String cookie = ctx.cookie(PREVIEW_COOKIE);
        return cookie != null && matches(cookie);
    }

    boolean matches(String candidate) {
        return token.isPresent() && candidate != null
                && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), token.get());
    }
}
