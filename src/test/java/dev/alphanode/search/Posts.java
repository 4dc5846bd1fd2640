package dev.alphanode.search;

import dev.alphanode.content.Post;
import dev.alphanode.content.PostDate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link Post}s for search tests: a plain post, then one field changed at a time. */
final class Posts {
    static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private final Post post;

    private Posts(Post post) {
        this.post = post;
    }

    static Posts post(String slug) {
        return new Posts(new Post("posts/" + slug + ".md", "hash-" + slug, slug, "Post " + slug, PostDate.of(DAY), Optional.empty(), false,
                Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), 1, Map.of(),
                "Nothing to see in " + slug + "."));
    }

    Posts title(String title) {
        return with(title, post.date(), post.draft(), post.topic(), post.summary(), post.stack(), post.tags(),
                post.body());
    }

    Posts date(LocalDate date) {
        return with(post.title(), PostDate.of(date), post.draft(), post.topic(), post.summary(), post.stack(), post.tags(),
                post.body());
    }

    Posts draft() {
        return with(post.title(), post.date(), true, post.topic(), post.summary(), post.stack(), post.tags(),
                post.body());
    }

    Posts topic(String topic) {
        return with(post.title(), post.date(), post.draft(), Optional.of(topic), post.summary(), post.stack(),
                post.tags(), post.body());
    }

    Posts summary(String summary) {
        return with(post.title(), post.date(), post.draft(), post.topic(), Optional.of(summary), post.stack(),
                post.tags(), post.body());
    }

    Posts stack(String... stack) {
        return with(post.title(), post.date(), post.draft(), post.topic(), post.summary(), List.of(stack),
                post.tags(), post.body());
    }

    Posts tags(String... tags) {
        return with(post.title(), post.date(), post.draft(), post.topic(), post.summary(), post.stack(),
                List.of(tags), post.body());
    }

    Posts body(String body) {
        return with(post.title(), post.date(), post.draft(), post.topic(), post.summary(), post.stack(),
                post.tags(), body);
    }

    Post build() {
        return post;
    }

    private Posts with(String title, PostDate date, boolean draft, Optional<String> topic, Optional<String> summary,
                       List<String> stack, List<String> tags, String body) {
        Map<String, Object> meta = new LinkedHashMap<>();
        topic.ifPresent(value -> meta.put("topic", value));
        summary.ifPresent(value -> meta.put("summary", value));
        return new Posts(new Post(post.sourcePath(), "hash-" + post.slug() + "-" + (title + body).hashCode(),
                post.slug(), title, date, Optional.empty(), draft, topic, summary, stack, post.tools(), tags, 1, meta, body));
    }
}
