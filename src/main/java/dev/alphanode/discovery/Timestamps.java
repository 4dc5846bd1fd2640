package dev.alphanode.discovery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one spelling of dates in feeds, sitemaps and JSON-LD: RFC 3339 in UTC to the second, and W3C
 * dates. Both have four-digit years, so values are checked when a record is built: a bad date fails
 * at its post, not while a feed is served.
 */
final class Timestamps {
    private static final DateTimeFormatter RFC_3339 =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final Instant FIRST = LocalDate.of(0, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant AFTER_LAST = LocalDate.of(10_000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final String EXPECTED = " (expected a year from 0000 to 9999)";

    private Timestamps() {
    }

    /** {@code 2024-05-06T00:00:00Z}; fractions of a second are dropped. */
    static String rfc3339(Instant instant) {
        return RFC_3339.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code 2024-05-06}. */
    static String w3cDate(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    static Instant requireWritable(String what, Instant instant) {
        if (instant.isBefore(FIRST) || !instant.isBefore(AFTER_LAST)) {
            throw new IllegalArgumentException(what + " out of range: " + instant + EXPECTED);
        }
        return instant;
    }

    static LocalDate requireWritable(String what, LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new IllegalArgumentException(what + " out of range: " + date + EXPECTED);
        }
        return date;
    }
}
