package dev.alphanode.search;

import java.util.Objects;

/**
 * A short passage of a post as HTML: every character of the post is escaped, and the only tags
 * are {@code <mark>} and {@code </mark>} around the words that matched. Safe to write unescaped.
 */
public record Snippet(String html) {
    public Snippet {
        Objects.requireNonNull(html, "html");
    }
}
