package dev.alphanode.similar;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** 64 bits of SHA-256 over what a similar-post card shows: title, date, summary, reading time. */
final class CardHash {

    private CardHash() {
    }

    /** {@code date} as the card's {@code <time datetime>} shows it (a date alone hashes as it always did). */
    static long of(String title, String date, String summary, int readingTime) {
        String card = title + '\0' + date + '\0' + (summary == null ? "\u0001" : summary) + '\0' + readingTime;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(card.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
