package dev.alphanode.generate;

final class Slugs {

    static final int MAX_LENGTH = 100;

    private Slugs() {
    }

    static String slugify(String text) {
        var out = new StringBuilder(text.length());
        boolean dash = false;
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    /** The number suffix keeps slugs unique, so it survives truncation. */
    static String postSlug(String topic, String stack, int number) {
        String suffix = "-" + number;
        String stem = slugify(topic + " " + stack);
        if (stem.length() + suffix.length() > MAX_LENGTH) {
            stem = trimDashes(stem.substring(0, MAX_LENGTH - suffix.length()));
        }
        return stem + suffix;
    }

    private static String trimDashes(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(0, end);
    }
}
