package dev.alphanode.content;

import java.util.Objects;

/**
 * One problem found in a content file: {@code path:line: message}. {@code path} is relative to
 * the content folder with '/' separators (e.g. {@code posts/hello.md}); {@code line} is 1-based
 * and points at the offending key (or line 1 when the problem concerns the whole file).
 * The message says what is wrong and ends with "(expected …)".
 */
public record ContentProblem(String path, int line, String message, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public ContentProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
    }

    public static ContentProblem error(String path, int line, String message) {
        return new ContentProblem(path, line, message, Severity.ERROR);
    }

    public static ContentProblem warning(String path, int line, String message) {
        return new ContentProblem(path, line, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code prefix + path + ":" + line + ": " + message}, with "warning: " before warnings. */
    public String format(String prefix) {
        return prefix + path + ":" + line + ": " + (isError() ? "" : "warning: ") + message;
    }

    @Override
    public String toString() {
        return format("");
    }
}
