package dev.alphanode.search;

import dev.alphanode.content.PostDate;
import java.util.Objects;

/** One post found: {@code title} is plain text (escape it when rendering), {@code snippet} is HTML. */
public record SearchHit(String slug, String title, PostDate date, Snippet snippet) {
    public SearchHit {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(snippet, "snippet");
    }
}
