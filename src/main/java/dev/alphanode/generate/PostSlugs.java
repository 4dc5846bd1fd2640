package dev.alphanode.generate;

import dev.alphanode.content.Slugs;

/** Generated post slugs: topic and stack words plus a number, within the site's slug rules. */
final class PostSlugs {

    static final int MAX_LENGTH = 100;

    private PostSlugs() {
    }


    /** The number suffix keeps slugs unique, so it survives truncation. */
    static String postSlug(String topic, String stack, int number) {
        String suffix = "-" + number;
        String stem = Slugs.slugify(topic + " " + stack);
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
