package dev.alphanode.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When a post was written: an instant and the offset its author wrote it in, so listings order by
 * the instant and pages show the date as written. {@code timed} says whether a time was written; a
 * date alone is midnight UTC of that date (so date-only posts order and render as they always did).
 */
public record PostDate(OffsetDateTime at, boolean timed) {

    public PostDate {
        Objects.requireNonNull(at, "at");
        if (!timed && (!at.getOffset().equals(ZoneOffset.UTC) || !at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT))) {
            throw new IllegalArgumentException("a date without a time is midnight UTC, was " + at);
        }
    }

    public static PostDate of(LocalDate date) {
        return new PostDate(date.atStartOfDay().atOffset(ZoneOffset.UTC), false);
    }

    public static PostDate of(LocalDateTime local, ZoneOffset offset) {
        return new PostDate(local.atOffset(offset), true);
    }

    /** A file's modification time as a date-time in UTC, to the second. */
    public static PostDate modifiedAt(Instant modified) {
        return new PostDate(modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC), true);
    }

    /** The date back from {@link #iso()}. */
    public static PostDate ofIso(String iso) {
        return iso.length() == 10 ? of(LocalDate.parse(iso)) : new PostDate(OffsetDateTime.parse(iso), true);
    }

    public Instant instant() {
        return at.toInstant();
    }

    /** The calendar date as the author wrote it (in the author's offset, not converted). */
    public LocalDate date() {
        return at.toLocalDate();
    }

    /** {@code 2013-05-06} for a date, {@code 2013-05-06T02:12:52+02:00} for a date-time: for {@code <time datetime>}. */
    public String iso() {
        return timed ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at) : date().toString();
    }
}
