package dev.alphanode.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates posts from Jekyll, Hugo and Zola carry: {@code YYYY-MM-DD}, or a date and time
 * ({@code 2013-05-06 02:12:52 +0200}, RFC 3339 {@code 2013-05-06T02:12:52.250+02:00}, YAML 1.1
 * timestamps such as {@code 2001-12-14 21:59:43.10 -5}). A time without an offset is UTC: the
 * site has no time zone setting, and UTC makes the instant the same on every machine.
 */
final class Dates {

    static final String EXPECTED = "a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff]"
            + " after a space or 'T' and an offset Z, ±HH:MM or ±HHMM";

    private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})(?:[Tt]|[ \\t]+)"
                    + "(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})(?::(?<second>[0-9]{2})(?:\\.(?<fraction>[0-9]{1,9}))?)?"
                    + "(?:[ \\t]*(?<utc>[Zz])|[ \\t]*(?<sign>[-+])(?:(?<hh>[0-9]{2}):?(?<mm>[0-9]{2})|(?<h>[0-9]{1,2})))?");
    /** A Jekyll file name: {@code 2013-05-06-slug} or {@code 2013-5-6-slug}. */
    private static final Pattern NAME_PREFIX = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})-(.+)");

    private Dates() {
    }

    static Optional<PostDate> parse(String text) {
        String value = text;
        Matcher date = DATE.matcher(value);
        if (date.matches()) {
            return calendarDate(date.group(1), date.group(2), date.group(3)).map(PostDate::of);
        }
        Matcher time = DATE_TIME.matcher(value);
        if (!time.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(number(time, "year"), number(time, "month"), number(time, "day"));
            String fraction = time.group("fraction") == null ? "0" : (time.group("fraction") + "00000000").substring(0, 9);
            LocalTime clock = LocalTime.of(number(time, "hour"), number(time, "minute"),
                    time.group("second") == null ? 0 : number(time, "second"), Integer.parseInt(fraction));
            PostDate parsed = PostDate.of(LocalDateTime.of(day, clock), offset(time));
            int utcYear = parsed.at().withOffsetSameInstant(ZoneOffset.UTC).getYear();
            return utcYear < 0 || utcYear > 9999 ? Optional.empty() : Optional.of(parsed);
        } catch (DateTimeException notReal) {
            return Optional.empty();
        }
    }

    /** A strict {@code YYYY-MM-DD}, without a time. */
    static Optional<LocalDate> calendarDate(String text) {
        Matcher date = DATE.matcher(text);
        return date.matches() ? calendarDate(date.group(1), date.group(2), date.group(3)) : Optional.empty();
    }

    /** The date of a {@code YYYY-MM-DD-rest} (or {@code YYYY-M-D-rest}) name, and the rest. */
    static Optional<Prefixed> fromName(String stem) {
        Matcher name = NAME_PREFIX.matcher(stem);
        if (!name.matches()) {
            return Optional.empty();
        }
        return calendarDate(name.group(1), name.group(2), name.group(3)).map(date -> new Prefixed(date, name.group(4)));
    }

    record Prefixed(LocalDate date, String rest) {
    }

    private static ZoneOffset offset(Matcher time) {
        if (time.group("sign") == null) {
            return ZoneOffset.UTC;
        }
        int hours = time.group("h") != null ? number(time, "h") : number(time, "hh");
        int minutes = time.group("mm") == null ? 0 : number(time, "mm");
        if (minutes > 59) {
            throw new DateTimeException("offset minutes " + minutes);
        }
        int sign = time.group("sign").equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int number(Matcher matcher, String group) {
        return Integer.parseInt(matcher.group(group));
    }

    private static Optional<LocalDate> calendarDate(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notACalendarDate) {
            return Optional.empty();
        }
    }
}
