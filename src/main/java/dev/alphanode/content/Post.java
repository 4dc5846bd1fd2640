package dev.alphanode.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated post: the typed fields the site needs for routing, listing and ranking, plus
 * {@code meta}, every front-matter field except title/date/slug/draft in the order the meta box
 * shows them (known fields first, in the seeds' order, then unknown fields in file order).
 * Meta values are only String, Long, Boolean, List&lt;Object&gt; and Map&lt;String, Object&gt;
 * (insertion-ordered), so the same file always yields the same value and the same HTML.
 */
public record Post(
        String sourcePath,
        String contentHash,
        String slug,
        String title,
        PostDate date,
        Optional<PostDate> updated,
        boolean draft,
        Optional<String> topic,
        Optional<String> summary,
        List<String> stack,
        List<String> tools,
        List<String> tags,
        int readingTime,
        Map<String, Object> meta,
        String body) {

    public Post {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        updated = Objects.requireNonNull(updated, "updated");
        topic = Objects.requireNonNull(topic, "topic");
        summary = Objects.requireNonNull(summary, "summary");
        stack = List.copyOf(stack);
        tools = List.copyOf(tools);
        meta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
        tags = List.copyOf(EngineFields.tags(tags, meta));
        Objects.requireNonNull(body, "body");
        if (readingTime < 1) {
            throw new IllegalArgumentException("readingTime must be >= 1, was " + readingTime);
        }
    }

    /**
     * Categories as {@code categories} and then {@code category} give them (Jekyll), then Zola's
     * {@code [taxonomies] categories}, each name once. ({@code tags} likewise holds Zola's
     * {@code [taxonomies] tags} after the top-level ones.)
     */
    public List<String> categories() {
        return EngineFields.categories(meta);
    }

    /** Authors as {@code author}, {@code authors} and then {@code by} name them, each once. */
    public List<String> authors() {
        return EngineFields.authors(meta);
    }
}
