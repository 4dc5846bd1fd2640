package dev.alphanode.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A page ready to send: UTF-8 bytes and their strong validator, computed once. */
public record PageBody(byte[] html, String etag) {

    public static PageBody of(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new PageBody(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    public String text() {
        return new String(html, StandardCharsets.UTF_8);
    }
}
