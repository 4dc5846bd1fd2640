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
    private volatile dev.alphanode.route.EdgeKeys edgeKeys;
    /** How many kinds of answer {@link #derived} keeps something for. */
    public static final int DERIVED_SLOTS = 16;
    /** What senders derived from the page and keep with it, one slot per kind of answer (see {@link #derived}). */
    private volatile java.util.concurrent.atomic.AtomicReferenceArray<Object> derived;

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
     * {@link #html} as a read-only buffer for a socket write: a direct copy made on first use and
     * kept while {@code copies} has budget for it, else the heap bytes. Each call returns its own
     * position (a slice).
     */
    public ByteBuffer htmlBuffer(DirectCopies copies) {
        ByteBuffer buffer = htmlBuffer;
        if (buffer == null) {
            buffer = copies.copy(this, html).orElse(null);
            if (buffer == null) {
                return ByteBuffer.wrap(html).asReadOnlyBuffer();
            }
            htmlBuffer = buffer;
        }
        return buffer.slice();
    }

    /** {@link #gzipped} as {@link #htmlBuffer} gives {@link #html}. */
    public ByteBuffer gzippedBuffer(DirectCopies copies) {
        ByteBuffer buffer = gzippedBuffer;
        if (buffer == null) {
            buffer = copies.copy(this, gzipped()).orElse(null);
            if (buffer == null) {
                return ByteBuffer.wrap(gzipped()).asReadOnlyBuffer();
            }
            gzippedBuffer = buffer;
        }
        return buffer.slice();
    }

    /** What the page names for the edge, derived from it once by {@code derive} and kept with it. */
    public dev.alphanode.route.EdgeKeys edgeKeys(java.util.function.Function<PageBody, dev.alphanode.route.EdgeKeys> derive) {
        dev.alphanode.route.EdgeKeys keys = edgeKeys;
        if (keys == null) {
            keys = derive.apply(this);
            edgeKeys = keys;
        }
        return keys;
    }

    /**
     * What a sender derived from the page for one kind of answer and keeps with it (NearHits: its
     * response headers, encoded once): {@code slot} names the kind (below {@link #DERIVED_SLOTS}); what
     * the slot holds is made again by {@code derive} when {@code current} says it no longer fits.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(int slot, java.util.function.Predicate<T> current, java.util.function.Function<PageBody, T> derive) {
        java.util.concurrent.atomic.AtomicReferenceArray<Object> slots = derived;
        if (slots == null) {
            synchronized (this) {
                slots = derived;
                if (slots == null) {
                    slots = new java.util.concurrent.atomic.AtomicReferenceArray<>(DERIVED_SLOTS);
                    derived = slots;
                }
            }
        }
        T value = (T) slots.get(slot);
        if (value == null || !current.test(value)) {
            value = derive.apply(this);
            slots.set(slot, value);
        }
        return value;
    }
}
