package dev.alphanode.similar;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;

/** 64 bits of SHA-256 over what a similar-post card shows: title, date, summary, reading time. */
final class CardHash {

    private CardHash() {
    }

    static long of(String title, LocalDate date, String summary, int readingTime) {
        String card = title + '\0' + date + '\0' + (summary == null ? "\u0001" : summary) + '\0' + readingTime;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(card.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
