package dev.alphanode.content;

import static dev.alphanode.content.PostFiles.parse;
import static dev.alphanode.content.PostFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each limit of {@link ContentLimits}: a post at the limit is valid, one unit over is an error at the right line. */
class ContentLimitsTest {

    @Test
    void a_title_of_2000_characters_is_valid_and_2001_is_an_error_at_its_key() {
        assertThat(parse(post("title: " + "t".repeat(2000) + "\ndate: 2025-01-01\n", "Body")).post()).isPresent();
        assertThat(problems(parse(post("title: " + "t".repeat(2001) + "\ndate: 2025-01-01\n", "Body")))).containsExactly(
                "posts/a.md:2: 'title' is 2001 characters (expected at most 2000 characters)");
    }

    @Test
    void a_topic_of_2000_characters_is_valid_and_2001_is_an_error() {
        assertThat(parse(post(valid() + "topic: " + "p".repeat(2000) + "\n", "Body")).post()).isPresent();
        assertThat(problems(parse(post(valid() + "topic: " + "p".repeat(2001) + "\n", "Body")))).containsExactly(
                "posts/a.md:4: 'topic' is 2001 characters (expected at most 2000 characters)");
    }

    @Test
    void a_summary_of_100000_characters_is_valid_and_100001_is_an_error() {
        assertThat(parse(post(valid() + "summary: " + "s".repeat(100_000) + "\n", "Body")).post()).isPresent();
        assertThat(problems(parse(post(valid() + "summary: " + "s".repeat(100_001) + "\n", "Body")))).containsExactly(
                "posts/a.md:4: 'summary' is 100001 characters (expected at most 100000 characters)");
    }

    @Test
    void a_tag_of_2000_characters_is_valid_and_2001_is_an_error_at_the_item() {
        assertThat(parse(post(valid() + "tags:\n  - ok\n  - " + "g".repeat(2000) + "\n", "Body")).post()).isPresent();
        assertThat(problems(parse(post(valid() + "tags:\n  - ok\n  - " + "g".repeat(2001) + "\n", "Body"))))
                .containsExactly("posts/a.md:6: 'tags' item is 2001 characters (expected at most 2000 characters)");
    }

    @Test
    void a_hundred_stack_items_are_valid_and_101_are_an_error_at_the_key() {
        assertThat(parse(post(valid() + "stack: " + items(100) + "\n", "Body")).post()).isPresent();
        assertThat(problems(parse(post(valid() + "stack: " + items(101) + "\n", "Body")))).containsExactly(
                "posts/a.md:4: 'stack' has 101 items (expected at most 100 items)");
    }

    @Test
    void a_thousand_notes_are_valid_and_1001_are_an_error() {
        assertThat(parse(post(valid() + "notes: " + items(1000) + "\n", "Body")).post()).isPresent();
        assertThat(problems(parse(post(valid() + "notes: " + items(1001) + "\n", "Body")))).containsExactly(
                "posts/a.md:4: 'notes' has 1001 items (expected at most 1000 items)");
    }

    @Test
    void a_body_of_a_million_characters_is_valid_and_one_more_is_an_error_on_its_first_line() {
        assertThat(parse(post(valid(), "b".repeat(1_000_000))).post().orElseThrow().body()).hasSize(1_000_000);
        assertThat(problems(parse(post(valid(), "b".repeat(1_000_001))))).containsExactly(
                "posts/a.md:5: body is 1000001 characters (expected at most 1000000 characters)");
    }

    @Test
    void front_matter_over_a_million_characters_is_an_error_on_line_1() {
        String padding = "x: " + "f".repeat(1_000_000 - valid().length() - 4) + "\n";
        assertThat(parse(post(valid() + padding, "Body")).post()).isPresent();
        assertThat(problems(parse(post(valid() + padding + "y\n", "Body")))).containsExactly(
                "posts/a.md:1: front matter is 1000002 characters (expected at most 1000000 characters)");
    }

    @Test
    void front_matter_that_aliases_make_longer_than_a_million_characters_as_json_is_an_error() {
        // {"reading_time":1,"a":"…","b":"…"} is 32 characters around the two copies.
        String shared = "a: &big " + "j".repeat((1_000_000 - 32) / 2) + "\nb: *big\n";
        assertThat(parse(post(valid() + shared, "Body")).post()).isPresent();
        assertThat(problems(parse(post(valid() + shared + "c: x\n", "Body")))).containsExactly(
                "posts/a.md:1: front matter stored as JSON is 1000008 characters (expected at most 1000000 characters)");
    }

    @Test
    void a_file_of_4_mib_is_read_and_one_byte_more_is_refused_unparsed() {
        String header = post(valid() + "padding: " + "€".repeat(400_000) + "\n", "");
        int bodyBytes = 4 * 1024 * 1024 - header.getBytes(StandardCharsets.UTF_8).length;
        String body = "€".repeat(bodyBytes / 3) + "a".repeat(bodyBytes % 3);
        byte[] exact = (header + body).getBytes(StandardCharsets.UTF_8);
        assertThat(exact).hasSize(4 * 1024 * 1024);
        assertThat(parse(exact).post()).isPresent();

        byte[] over = (header + body + "a").getBytes(StandardCharsets.UTF_8);
        assertThat(problems(parse(over))).containsExactly("posts/a.md:1: file is 4194305 bytes (expected at most"
                + " 4194304 bytes, 4 MiB, per post file; split the post or move data to content/media/)");
    }

    @Test
    void a_path_over_1000_characters_is_an_error_on_line_1() {
        String path = "posts/" + "d".repeat(991) + ".md";
        assertThat(PostFiles.parse(path, post(valid() + "slug: p\n", "Body")).post()).isPresent();
        assertThat(problems(PostFiles.parse("posts/d" + path.substring(6), post(valid() + "slug: p\n", "Body"))))
                .containsExactly("posts/d" + path.substring(6) + ":1: path is 1001 characters (expected at most 1000 characters)");
    }

    @Test
    void blockquotes_and_lists_nested_64_deep_are_valid_and_65_are_an_error_at_that_line() {
        assertThat(parse(post(valid(), "intro\n" + "> ".repeat(32) + "- ".repeat(32) + "deep")).post()).isPresent();
        assertThat(problems(parse(post(valid(), "intro\n\n" + ">".repeat(30_000) + " deep")))).containsExactly(
                "posts/a.md:7: blockquotes and lists are nested 30000 levels deep (expected at most 64 levels)");
        assertThat(problems(parse(post(valid(), " ".repeat(4 * 64) + "- x")))).containsExactly(
                "posts/a.md:5: blockquotes and lists are nested 65 levels deep (expected at most 64 levels)");
    }

    @Test
    void deeply_indented_code_nests_nothing() {
        assertThat(parse(post(valid(), "```\n" + " ".repeat(4_000) + "x = 1\n```\n")).post()).isPresent();
    }

    private static String valid() {
        return "title: T\ndate: 2025-01-01\n";
    }

    private static String post(String frontMatter, String body) {
        return "---\n" + frontMatter + "---\n" + body;
    }

    private static String items(int count) {
        return IntStream.range(0, count).mapToObj(i -> "i" + i).collect(Collectors.joining(", ", "[", "]"));
    }
}
