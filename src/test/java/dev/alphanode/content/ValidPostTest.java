package dev.alphanode.content;

import static dev.alphanode.content.PostFiles.parse;
import static dev.alphanode.content.PostFiles.withFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidPostTest {

    private static final String SEED_SHAPED = """
            ---
            notes:
              - view count is synthetic
            title: Migrating settings without downtime with Redis caching
            date: 2024-03-05
            slug: migrating-settings-redis
            draft: false
            topic: migrating settings without downtime
            summary: This summary explains migrating settings.
            outline:
              context: for a small engineering team
              problem: migrating settings without downtime
              stack: redis caching
              recommended_action: measure first, change carefully
            brief: Written like a careful engineering draft.
            stack: [redis caching, database, text]
            tools: [redis, ttl, cache keys]
            tags: [redis, caching]
            code_language: text
            difficulty: beginner
            reading_time: 10
            view_count: 271961
            score: {quality: 94, freshness: 94, depth: 87, clarity: 83}
            revision: {status: expanded, version: 1.9.8, last_reviewed: 2016-10-26}
            reference: anp-ref-020897-3627
            hash: 3f3b8e0e28c4d28ae0226b6e
            flags: {ai_generated_style: 1, has_images: true}
            checklist:
              - inspect cache headers
              - measure response time
            entities:
              - {name: redis caching, type: stack}
              - {name: database, type: area}
            images:
              - source: placehold.co
                url: https://placehold.co/1200x630/png?text=x
                caption: visual reference 1
              - {source: local, url: /media/a.png, caption: local}
            payload: {source_id: alphanode-020897, paragraphs: 8, ratio: 0.5, nested: {seed: 20897}}
            ---
            # Heading

            Body text.
            """;

    @Test
    void a_seed_shaped_post_has_every_meta_field_in_the_documented_order() {
        ParseResult result = parse("posts/redis/a.md", SEED_SHAPED);

        assertThat(result.problems()).isEmpty();
        Post post = result.post().orElseThrow();
        assertThat(post.meta().keySet()).containsExactly("topic", "summary", "outline", "brief", "stack", "tools",
                "tags", "code_language", "difficulty", "reading_time", "view_count", "score", "revision",
                "reference", "hash", "flags", "checklist", "entities", "images", "payload", "notes");
    }

    @Test
    void a_seed_shaped_post_has_typed_fields_and_plain_meta_values() {
        Post post = parse("posts/redis/a.md", SEED_SHAPED).post().orElseThrow();

        assertThat(post.sourcePath()).isEqualTo("posts/redis/a.md");
        assertThat(post.contentHash()).isEqualTo(ContentFiles.sha256Hex(SEED_SHAPED.getBytes(StandardCharsets.UTF_8)));
        assertThat(post.slug()).isEqualTo("migrating-settings-redis");
        assertThat(post.date()).isEqualTo(PostDate.of(LocalDate.of(2024, 3, 5)));
        assertThat(post.draft()).isFalse();
        assertThat(post.topic()).contains("migrating settings without downtime");
        assertThat(post.stack()).containsExactly("redis caching", "database", "text");
        assertThat(post.tools()).containsExactly("redis", "ttl", "cache keys");
        assertThat(post.tags()).containsExactly("redis", "caching");
        assertThat(post.readingTime()).isEqualTo(10);
        assertThat(post.body()).isEqualTo("# Heading\n\nBody text.\n");
        Map<String, Object> meta = post.meta();
        assertThat(meta).contains(entry("reading_time", 10L), entry("view_count", 271961L),
                entry("difficulty", "beginner"), entry("hash", "3f3b8e0e28c4d28ae0226b6e"));
        assertThat(asMap(meta.get("score"))).containsExactly(entry("quality", 94L), entry("freshness", 94L),
                entry("depth", 87L), entry("clarity", 83L));
        assertThat(asMap(meta.get("revision"))).containsExactly(entry("status", "expanded"),
                entry("version", "1.9.8"), entry("last_reviewed", "2016-10-26"));
        assertThat(asMap(meta.get("flags"))).containsExactly(entry("ai_generated_style", 1L),
                entry("has_images", true));
        assertThat(meta.get("entities")).isEqualTo(List.of(Map.of("name", "redis caching", "type", "stack"),
                Map.of("name", "database", "type", "area")));
        assertThat(asMap(meta.get("payload"))).containsExactly(entry("source_id", "alphanode-020897"),
                entry("paragraphs", 8L), entry("ratio", 0.5), entry("nested", Map.of("seed", 20897L)));
        assertThat(meta.get("notes")).isEqualTo(List.of("view count is synthetic"));
    }

    @Test
    void unknown_fields_are_kept_after_known_ones_in_file_order() {
        Post post = parse(withFields("zeta: last\ntopic: t\nalpha: [1, two]\nmid: {b: 2, a: 1}\n")).post().orElseThrow();

        assertThat(post.meta().keySet()).containsExactly("topic", "reading_time", "zeta", "alpha", "mid");
        assertThat(post.meta().get("alpha")).isEqualTo(List.of(1L, "two"));
        assertThat(asMap(post.meta().get("mid")).keySet()).containsExactly("b", "a");
    }

    @Test
    void reading_time_is_computed_from_the_body_when_absent() {
        String body = "word ".repeat(401);
        Post post = parse("---\ntitle: Hello\ndate: 2024-01-05\n---\n" + body).post().orElseThrow();

        assertThat(post.readingTime()).isEqualTo(3);
        assertThat(post.meta()).containsEntry("reading_time", 3L);
    }

    @Test
    void an_empty_body_reads_in_one_minute() {
        assertThat(parse("---\ntitle: Hello\ndate: 2024-01-05\n---\n").post().orElseThrow().readingTime()).isEqualTo(1);
    }

    @Test
    void a_draft_parses_with_draft_set() {
        Post post = parse(withFields("draft: true\n")).post().orElseThrow();

        assertThat(post.draft()).isTrue();
        assertThat(post.meta()).doesNotContainKeys("draft", "title", "date", "slug");
    }

    @Test
    void the_slug_defaults_to_the_slugified_file_name() {
        assertThat(parse("posts/x/Héllo World.md", withFields("")).post().orElseThrow().slug())
                .isEqualTo("hello-world");
    }

    @Test
    void empty_optional_fields_count_as_absent() {
        Post post = parse(withFields("topic:\ntags:\nscore:\n")).post().orElseThrow();

        assertThat(post.topic()).isEqualTo(Optional.empty());
        assertThat(post.tags()).isEmpty();
        assertThat(post.meta().keySet()).containsExactly("reading_time");
    }

    @Test
    void a_number_in_a_text_field_keeps_the_text_as_written() {
        Post post = parse(withFields("topic: 1.10\nrevision: {version: 2.0}\n")).post().orElseThrow();

        assertThat(post.topic()).contains("1.10");
        assertThat(asMap(post.meta().get("revision"))).containsEntry("version", "2.0");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
