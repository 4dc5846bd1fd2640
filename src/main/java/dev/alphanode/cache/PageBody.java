package dev.alphanode.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A page ready to send: UTF-8 bytes and their strong validator, computed once; the gzip form is
 * computed on first use and kept, so a cached page is compressed once, not per request.
 */
public final class PageBody {
    private final byte[] html;
    private final String etag;
    private volatile byte[] gzipped;
    private volatile ByteBuffer htmlBuffer;
    private volatile ByteBuffer gzippedBuffer;

    public PageBody(byte[] html, String etag) {
        this.html = html;
        this.etag = etag;
    }

    public static PageBody of(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new PageBody(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The UTF-8 bytes; callers must not modify them. */
    public byte[] html() {
        return html;
    }

    public String etag() {
        return etag;
    }

    /** The same bytes gzip-compressed; callers must not modify them. */
    public byte[] gzipped() {
        byte[] result = gzipped;
        if (result == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(html.length / 3 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(html);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            result = out.toByteArray();
            gzipped = result;
        }
        return result;
    }

    /**
     * {@link #html} in a read-only direct buffer, made on first use and shared: a socket writes it
     * without first copying it off the heap. Each call returns its own position (a slice).
     */
    public ByteBuffer htmlBuffer() {
        ByteBuffer buffer = htmlBuffer;
        if (buffer == null) {
            buffer = direct(html);
            htmlBuffer = buffer;
        }
        return buffer.slice();
    }

    /** {@link #gzipped} in a read-only direct buffer, as {@link #htmlBuffer}. */
    public ByteBuffer gzippedBuffer() {
        ByteBuffer buffer = gzippedBuffer;
        if (buffer == null) {
            buffer = direct(gzipped());
            gzippedBuffer = buffer;
        }
        return buffer.slice();
    }

    private static ByteBuffer direct(byte[] bytes) {
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
    }

    public String text() {
        return new String(html, StandardCharsets.UTF_8);
    }
}
