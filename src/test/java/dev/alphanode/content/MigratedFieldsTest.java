package dev.alphanode.content;

import static dev.alphanode.content.PostFiles.parse;
import static dev.alphanode.content.PostFiles.problems;
import static dev.alphanode.content.PostFiles.withFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fields as Jekyll and Hugo write them, mapped onto ours while the originals stay in the meta box. */
class MigratedFieldsTest {

    static Stream<Arguments> summaries() {
        return Stream.of(
                Arguments.of("description: From the description.\n", Optional.of("From the description.")),
                Arguments.of("description: From the description.\nsummary: Own summary.\n", Optional.of("Own summary.")),
                Arguments.of("summary: Own summary.\ndescription: From the description.\n", Optional.of("Own summary.")),
                Arguments.of("description: '   '\n", Optional.empty()),
                Arguments.of("description: [a, b]\n", Optional.empty()),
                Arguments.of("description: " + "x".repeat(ContentLimits.SUMMARY_CHARS + 1) + "\n", Optional.empty()));
    }

    @ParameterizedTest(name = "{0} gives summary {1}")
    @MethodSource("summaries")
    void a_description_is_the_summary_when_there_is_none(String fields, Optional<String> summary) {
        ParseResult result = parse(withFields(fields));

        assertThat(result.problems()).isEmpty();
        assertThat(result.post().orElseThrow().summary()).isEqualTo(summary);
    }

    @Test
    void a_description_standing_in_for_the_summary_is_still_shown_as_written() {
        Post post = parse(withFields("description: From the description.\n")).post().orElseThrow();

        assertThat(post.meta()).containsEntry("description", "From the description.").doesNotContainKey("summary");
    }

    static Stream<Arguments> tags() {
        return Stream.of(
                Arguments.of("tags: redis caching  java\n", List.of("redis", "caching", "java")),
                Arguments.of("tags: redis\n", List.of("redis")),
                Arguments.of("tags: 2023\n", List.of("2023")),
                Arguments.of("tags: ''\n", List.of()),
                Arguments.of("tags: [redis caching, java]\n", List.of("redis caching", "java")));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("tags")
    void tags_given_as_text_are_split_at_spaces_as_jekyll_does(String fields, List<String> tags) {
        Post post = parse(withFields(fields)).post().orElseThrow();

        assertThat(post.tags()).isEqualTo(tags);
        assertThat(post.meta().get("tags")).isEqualTo(tags);
    }

    @Test
    void space_separated_tags_keep_the_limits_of_a_tag_list() {
        String tooMany = "tags: " + "t ".repeat(ContentLimits.TERMS_PER_LIST + 1) + "\n";

        assertThat(problems(parse(withFields(tooMany)))).containsExactly("posts/a.md:4: "
                + ContentLimits.tooMany("'tags'", ContentLimits.TERMS_PER_LIST + 1, ContentLimits.TERMS_PER_LIST));
    }

    static Stream<Arguments> drafts() {
        return Stream.of(
                Arguments.of("published: false\n", true),
                Arguments.of("published: true\n", false),
                Arguments.of("published: 'false'\n", false),
                Arguments.of("published: false\ndraft: false\n", true),
                Arguments.of("published: true\ndraft: true\n", true),
                Arguments.of("draft: true\n", true),
                Arguments.of("", false));
    }

    @ParameterizedTest(name = "{0} draft={1}")
    @MethodSource("drafts")
    void published_false_makes_a_draft(String fields, boolean draft) {
        ParseResult result = parse(withFields(fields));

        assertThat(result.problems()).isEmpty();
        assertThat(result.post().orElseThrow().draft()).isEqualTo(draft);
    }

    @Test
    void published_and_engine_only_keys_are_kept_and_shown_in_file_order() {
        Post post = parse(withFields("layout: post\npublished: false\ncomments: true\ntype: blog\n")).post().orElseThrow();

        assertThat(post.meta()).containsEntry("layout", "post").containsEntry("published", false)
                .containsEntry("comments", true).containsEntry("type", "blog");
        assertThat(post.meta().keySet()).containsSubsequence("layout", "published", "comments", "type");
    }

    static Stream<Arguments> images() {
        return Stream.of(
                Arguments.of("images: [/media/cover.png]\n", List.of("/media/cover.png")),
                Arguments.of("images: ['https://example.com/a.jpg', cover.png, img/b c.jpg]\n",
                        List.of("https://example.com/a.jpg", "cover.png", "img/b c.jpg")),
                Arguments.of("images:\n  - /media/a.png\n  - {source: local, url: /media/b.png, caption: b}\n",
                        List.of("/media/a.png", Map.of("source", "local", "url", "/media/b.png", "caption", "b"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void images_given_as_plain_urls_are_kept_as_written(String fields, List<Object> images) {
        ParseResult result = parse(withFields(fields));

        assertThat(result.problems()).isEmpty();
        assertThat(result.post().orElseThrow().meta().get("images")).isEqualTo(images);
    }

    static Stream<Arguments> badImages() {
        String expected = " (expected an http(s) URL, a site path starting with '/' or a path relative to the post)";
        return Stream.of(
                Arguments.of("images:\n  - /media/a.png\n  - javascript:alert(1)\n",
                        "posts/a.md:6: invalid image url 'javascript:alert(1)'" + expected),
                Arguments.of("images: ['//evil.example/a.png']\n", "posts/a.md:4: invalid image url '//evil.example/a.png'"
                        + expected),
                Arguments.of("images: ['data:image/png;base64,AAAA']\n",
                        "posts/a.md:4: invalid image url 'data:image/png;base64,AAAA'" + expected),
                Arguments.of("images:\n  - [a, b]\n", "posts/a.md:5: 'images' item must be a map or text, got a list"
                        + " (expected an image url, or source, url and caption keys)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badImages")
    void an_image_url_that_is_not_a_link_or_path_is_rejected_at_its_line(String fields, String expected) {
        assertThat(problems(parse(withFields(fields)))).containsExactly(expected);
    }

    @Test
    void the_same_mapping_applies_to_toml_front_matter() {
        Post post = parse("+++\ntitle = \"T\"\ndate = 2023-05-06\ndescription = \"D\"\ntags = \"a b\"\n"
                + "published = false\nimages = [\"cover.png\"]\nlayout = \"post\"\n+++\n").post().orElseThrow();

        assertThat(post.summary()).contains("D");
        assertThat(post.tags()).containsExactly("a", "b");
        assertThat(post.draft()).isTrue();
        assertThat(post.meta()).containsEntry("images", List.of("cover.png")).containsEntry("layout", "post");
    }

    static Stream<Arguments> categories() {
        return Stream.of(
                Arguments.of("categories: jekyll update\n", List.of("jekyll", "update")),
                Arguments.of("categories: [Site News, jekyll]\n", List.of("Site News", "jekyll")),
                Arguments.of("category: Site News\n", List.of("Site News")),
                Arguments.of("categories: [a, b]\ncategory: c\n", List.of("a", "b", "c")),
                Arguments.of("category: a\ncategories: [a, b]\n", List.of("a", "b")),
                Arguments.of("categories: {main: a}\n", List.of()),
                Arguments.of("categories: [[a, b]]\n", List.of()),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("categories")
    void categories_are_read_as_jekyll_reads_them_and_other_shapes_are_only_shown(String fields, List<String> categories) {
        ParseResult result = parse(withFields(fields));

        assertThat(result.problems()).isEmpty();
        assertThat(result.post().orElseThrow().categories()).isEqualTo(categories);
    }

    @Test
    void categories_keep_their_key_and_their_place_in_the_meta_box() {
        Post post = parse(withFields("layout: post\ncategory: News\nextra: 1\n")).post().orElseThrow();

        assertThat(post.meta()).containsEntry("category", List.of("News")).doesNotContainKey("categories");
        assertThat(post.meta().keySet()).containsSubsequence("layout", "category", "extra");
    }

    static Stream<Arguments> authors() {
        return Stream.of(
                Arguments.of("author: ' Ada '\n", List.of("Ada")),
                Arguments.of("authors: [Ada, Grace]\n", List.of("Ada", "Grace")),
                Arguments.of("author: {name: Ada, email: a@example.com}\n", List.of("Ada")),
                Arguments.of("author: Ada\nauthors: [Ada, Grace]\nby: Alan\n", List.of("Ada", "Grace", "Alan")),
                Arguments.of("by: ''\nauthor: 42\n", List.of()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("authors")
    void author_authors_and_by_name_the_authors_each_once(String fields, List<String> authors) {
        assertThat(parse(withFields(fields)).post().orElseThrow().authors()).isEqualTo(authors);
    }

    @Test
    void several_authors_read_as_a_sentence() {
        assertThat(EngineFields.joined(List.of())).isEmpty();
        assertThat(EngineFields.joined(List.of("A"))).isEqualTo("A");
        assertThat(EngineFields.joined(List.of("A", "B"))).isEqualTo("A and B");
        assertThat(EngineFields.joined(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    }
}
