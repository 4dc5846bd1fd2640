package dev.alphanode.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: {@code [a-z0-9-]{1,100}}. */
public final class Slugs {

    public static final int MAX_LENGTH = 100;
    private static final Pattern VALID = Pattern.compile("[a-z0-9-]{1," + MAX_LENGTH + "}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** Lowercase ASCII letters and digits joined by single '-'; empty when nothing usable is left. */
    public static String slugify(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        String dashed = trimDashes(SEPARATORS.matcher(plain).replaceAll("-"));
        return dashed.length() <= MAX_LENGTH ? dashed : trimDashes(dashed.substring(0, MAX_LENGTH));
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
