package dev.alphanode.content;

import java.util.Optional;

/** The YAML between the opening and closing '---' lines (starting on file line 2) and the body after. */
record FrontMatter(String yaml, String body) {

    private static final String FENCE = "---";

    /** Splits LF-normalised text; records a line-1 problem and returns empty when there is no front matter. */
    static Optional<FrontMatter> split(String text, Problems problems) {
        if (text.isBlank()) {
            problems.error(1, "empty file (expected front matter between '---' lines, then Markdown)");
            return Optional.empty();
        }
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd)) {
            problems.error(1, "missing front matter (expected '---' on the first line)");
            return Optional.empty();
        }
        int yamlStart = Math.min(firstEnd + 1, text.length());
        for (int start = yamlStart; start < text.length(); start = lineEnd(text, start) + 1) {
            int end = lineEnd(text, start);
            if (isFence(text, start, end)) {
                String body = text.substring(Math.min(end + 1, text.length()));
                return Optional.of(new FrontMatter(text.substring(yamlStart, start), body));
            }
        }
        problems.error(1, "front matter is not closed (expected a closing '---' line)");
        return Optional.empty();
    }

    /** The file line the body starts on: after line 1's '---', the YAML lines and the closing '---'. */
    int bodyLine() {
        return 3 + (int) yaml.chars().filter(c -> c == '\n').count();
    }

    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    private static boolean isFence(String text, int start, int end) {
        return text.substring(start, end).stripTrailing().equals(FENCE);
    }
}
