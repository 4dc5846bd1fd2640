package dev.alphanode.content;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared helpers for post parser tests: parse text as a file and show problems as the CLI prints them. */
final class PostFiles {

    private static final PostParser PARSER = new PostParser();

    private PostFiles() {
    }

    static ParseResult parse(String text) {
        return parse("posts/a.md", text);
    }

    static ParseResult parse(String path, String text) {
        return PARSER.parse(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static ParseResult parse(byte[] bytes) {
        return PARSER.parse("posts/a.md", bytes);
    }

    static List<String> problems(ParseResult result) {
        return result.problems().stream().map(ContentProblem::toString).toList();
    }

    /** A valid post with the given extra front matter lines (starting on line 4). */
    static String withFields(String extraLines) {
        return "---\ntitle: Hello\ndate: 2024-01-05\n" + extraLines + "---\nBody text.\n";
    }
}
