package dev.alphanode.content;

import java.util.Optional;

/**
 * The front matter between its opening and closing fence lines, and the body after.
 * {@code firstLine} is the file line of the first front matter line (after the opening fence);
 * blank lines before the opening fence are allowed, so it is not always 2.
 */
record FrontMatter(Format format, String text, int firstLine, String body) {

    /** YAML between '---' lines, or TOML between '+++' lines as Hugo and Zola write it. */
    enum Format {
        YAML("---"), TOML("+++");

        private final String fence;

        Format(String fence) {
            this.fence = fence;
        }

        String fence() {
            return fence;
        }
    }

    /** Splits LF-normalised text; records a problem and returns empty when there is no front matter. */
    static Optional<FrontMatter> split(String text, Problems problems) {
        if (text.isBlank()) {
            problems.error(1, "empty file (expected front matter between '---' lines, then Markdown)");
            return Optional.empty();
        }
        int openingLine = 1;
        int opening = 0;
        while (text.substring(opening, lineEnd(text, opening)).isBlank()) {
            opening = lineEnd(text, opening) + 1;
            openingLine++;
        }
        int openingEnd = lineEnd(text, opening);
        Optional<Format> format = fence(text, opening, openingEnd);
        if (format.isEmpty()) {
            problems.error(openingLine, "missing front matter (expected '---' on the first line)");
            return Optional.empty();
        }
        int start = Math.min(openingEnd + 1, text.length());
        for (int line = start; line < text.length(); line = lineEnd(text, line) + 1) {
            int end = lineEnd(text, line);
            if (fence(text, line, end).equals(format)) {
                String body = text.substring(Math.min(end + 1, text.length()));
                return Optional.of(new FrontMatter(format.get(), text.substring(start, line), openingLine + 1, body));
            }
        }
        problems.error(openingLine, "front matter is not closed (expected a closing '" + format.get().fence() + "' line)");
        return Optional.empty();
    }

    /** The file line the body starts on: after the front matter lines and the closing fence. */
    int bodyLine() {
        return firstLine + 1 + (int) text.chars().filter(c -> c == '\n').count();
    }

    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    private static Optional<Format> fence(String text, int start, int end) {
        String line = text.substring(start, end).stripTrailing();
        for (Format format : Format.values()) {
            if (line.equals(format.fence())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
