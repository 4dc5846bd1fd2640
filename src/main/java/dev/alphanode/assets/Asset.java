package dev.alphanode.assets;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * One file of {@code static/}, held in memory as it was hashed: {@code path} relative to {@code static/}
 * ({@code css/site.css}), {@code hash} the first {@value StaticAssets#HASH_LENGTH} hex digits of the SHA-256 of
 * {@code bytes}, {@code modified} to the second (what {@code Last-Modified} says).
 */
public record Asset(String path, String hash, byte[] bytes, Instant modified) {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("map", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("", "text/plain; charset=utf-8"));

    public Asset {
        bytes = bytes.clone();
    }

    /** The URL pages link to: the hash before the extension, {@code /static/css/site.3f2a9c1e07.css}. */
    public String url() {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot <= slash + 1
                ? StaticAssets.PREFIX + path + "." + hash
                : StaticAssets.PREFIX + path.substring(0, dot) + "." + hash + path.substring(dot);
    }

    /** The unhashed URL, {@code /static/css/site.css}, kept for old links. */
    public String plainUrl() {
        return StaticAssets.PREFIX + path;
    }

    /** A strong validator: the same bytes give the same ETag on every instance and every release. */
    public String etag() {
        return "\"" + hash + "\"";
    }

    public String contentType() {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String extension = dot <= slash + 1 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes to send, without a copy. */
    public java.io.InputStream open() {
        return new java.io.ByteArrayInputStream(bytes);
    }

    public int size() {
        return bytes.length;
    }
}
