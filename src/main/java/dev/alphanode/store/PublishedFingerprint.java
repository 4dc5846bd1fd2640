package dev.alphanode.store;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint of what is published: the sum, modulo 2<sup>256</sup>, of SHA-256 over each
 * published post's slug and file hash. It is the same for the same content on every instance, and
 * being a sum it is moved by a change without reading the other posts: {@link #without} the
 * versions a sync replaced, {@link #with} the ones it wrote.
 */
public final class PublishedFingerprint {
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);
    private static final int HEX_DIGITS = 64;
    /** The fingerprint of no published post. */
    public static final String NONE = hex(BigInteger.ZERO);

    private PublishedFingerprint() {
    }

    /** {@code fingerprint} with the post of {@code slug} and {@code contentHash} added. */
    public static String with(String fingerprint, String slug, String contentHash) {
        return hex(parse(fingerprint).add(term(slug, contentHash)));
    }

    /** {@code fingerprint} with the post of {@code slug} and {@code contentHash} taken out. */
    public static String without(String fingerprint, String slug, String contentHash) {
        return hex(parse(fingerprint).subtract(term(slug, contentHash)));
    }

    static BigInteger term(String slug, String contentHash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(slug.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(contentHash.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static String hex(BigInteger sum) {
        String digits = sum.mod(MODULUS).toString(16);
        return "0".repeat(HEX_DIGITS - digits.length()) + digits;
    }

    private static BigInteger parse(String fingerprint) {
        if (fingerprint.length() != HEX_DIGITS || !HexFormat.isHexDigit(fingerprint.charAt(0))) {
            throw new IllegalArgumentException("published fingerprint '" + fingerprint + "' (expected "
                    + HEX_DIGITS + " hex digits from PostStore.publishedFingerprint)");
        }
        return new BigInteger(fingerprint, 16);
    }
}
