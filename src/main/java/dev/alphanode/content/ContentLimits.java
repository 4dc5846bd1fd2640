package dev.alphanode.content;

import java.util.Optional;

/**
 * The size limits of the content format. Each is at most the width of the column the value is
 * stored in (db/migration), so a post that passes {@code check} is always stored whole; a post over
 * a limit is a content error and its last good version stays served. Lengths are Java chars, the
 * unit H2 counts.
 */
public final class ContentLimits {

    /** A post file's bytes; checked before the file is read. */
    public static final long FILE_BYTES = 4L * 1024 * 1024;
    /** A post file's path relative to the content folder ({@code post.source_path}). */
    public static final int PATH_CHARS = 1_000;
    /** The Markdown after the front matter ({@code post_body.body_markdown}). */
    public static final int BODY_CHARS = 1_000_000;
    /** The YAML between the '---' lines. */
    public static final int FRONT_MATTER_CHARS = 1_000_000;
    /** The front matter as stored, in JSON ({@code post_body.meta_json}); aliases and escapes can make it longer than the YAML. */
    public static final int META_JSON_CHARS = 1_000_000;
    /** title, topic and each stack, tools and tags item ({@code post.title}, {@code post.topic}, {@code post_term.term_name}). */
    public static final int NAME_CHARS = 2_000;
    /** {@code post.summary}. */
    public static final int SUMMARY_CHARS = 100_000;
    /** stack, tools and tags: each item is a listing row and a similarity term. */
    public static final int TERMS_PER_LIST = 100;
    /** checklist, notes, entities and images. */
    public static final int ITEMS_PER_LIST = 1_000;

    private ContentLimits() {
    }

    /** The line-1 error for a post file of {@code bytes} bytes over {@link #FILE_BYTES}; empty when it fits. */
    public static Optional<ContentProblem> fileTooLarge(String relativePath, long bytes) {
        if (bytes <= FILE_BYTES) {
            return Optional.empty();
        }
        return Optional.of(ContentProblem.error(relativePath, 1, "file is " + bytes + " bytes (expected at most "
                + FILE_BYTES + " bytes, 4 MiB, per post file; split the post or move data to content/media/)"));
    }

    /** "{@code what} is N characters (expected at most MAX characters)", for every length limit. */
    static String tooLong(String what, int length, int max) {
        return what + " is " + length + " characters (expected at most " + max + " characters)";
    }

    static String tooMany(String what, int count, int max) {
        return what + " has " + count + " items (expected at most " + max + " items)";
    }
}
