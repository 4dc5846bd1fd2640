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

    /** An old path or a redirect target ({@code redirect.old_path}, {@code redirect.target}). */
    public static final int OLD_PATH_CHARS = 2_000;
    /** permalink, url, aliases and redirect_from of one file together. */
    public static final int OLD_PATHS_PER_FILE = 100;

    /** Blockquotes and lists inside each other: far beyond what prose needs, far below what overflows the renderer's stack. */
    public static final int NESTING_DEPTH = 64;

    private ContentLimits() {
    }

    /**
     * The first body line (0-based) whose blockquote and list markers nest deeper than
     * {@link #NESTING_DEPTH}, with that depth: Markdown nested some thousands deep overflows the
     * renderer's stack on every request for the page, so it is refused with the other limits.
     * A marker is {@code >}, a bullet ({@code -}, {@code *}, {@code +}) or {@code 1.}/{@code 1)}
     * followed by a space; every four columns of indentation before the first marker count as one level
     * (indented code alone nests nothing).
     */
    static Optional<Nesting> tooDeep(String body) {
        int line = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            int depth = depth(body, start, end);
            if (depth > NESTING_DEPTH) {
                return Optional.of(new Nesting(line, depth));
            }
            line++;
            start = end + 1;
        }
        return Optional.empty();
    }

    /** A body line (0-based) and how deep its blockquote and list markers nest. */
    record Nesting(int line, int depth) {
    }

    private static int depth(String text, int from, int to) {
        int depth = 0;
        int columns = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                columns += depth > 0 ? 0 : c == ' ' ? 1 : 4;
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < to && text.charAt(i + 1) == ' ') {
                depth++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < to && j - i < 9 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j + 1 < to && (text.charAt(j) == '.' || text.charAt(j) == ')') && text.charAt(j + 1) == ' ') {
                    depth++;
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return depth == 0 ? 0 : depth + columns / 4;
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
