package dev.alphanode.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The admin bearer token from ANP_ADMIN_TOKEN, compared in constant time; no token, no admin. */
final class AdminToken {
    private final Optional<byte[]> token;

    AdminToken(Optional<String> token) {
        this.token = token.map(value -> value.getBytes(StandardCharsets.UTF_8));
    }

    boolean enabled() {
        return token.isPresent();
    }

    boolean matches(Context ctx) {
        String header = ctx.header("Authorization");
        if (token.isEmpty() || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(header.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8), token.get());
    }
}
