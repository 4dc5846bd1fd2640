package dev.alphanode.content;

import static dev.alphanode.content.PostFiles.parse;
import static dev.alphanode.content.PostFiles.problems;
import static dev.alphanode.content.PostFiles.withFields;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostFieldErrorsTest {

    @Test
    void a_missing_title_is_reported_on_line_1() {
        ParseResult result = parse("---\ndate: 2024-01-05\n---\nBody\n");

        assertThat(result.post()).isEmpty();
        assertThat(problems(result)).containsExactly(
                "posts/a.md:1: missing required field 'title' (expected a non-empty string)");
    }

    @Test
    void an_empty_title_is_reported_at_its_key() {
        assertThat(problems(parse("---\ndate: 2024-01-05\ntitle: \"\"\n---\n"))).containsExactly(
                "posts/a.md:3: 'title' must be a non-empty string, got '' (expected a non-empty string)");
    }

    @Test
    void a_title_without_a_value_is_reported_as_empty() {
        assertThat(problems(parse("---\ntitle:\ndate: 2024-01-05\n---\n"))).containsExactly(
                "posts/a.md:2: 'title' must be a non-empty string, got '' (expected a non-empty string)");
    }

    @Test
    void a_title_given_as_a_list_is_rejected() {
        assertThat(problems(parse("---\ntitle:\n  - a\n  - b\ndate: 2024-01-05\n---\n"))).containsExactly(
                "posts/a.md:2: 'title' must be a non-empty string, got a list (expected a non-empty string)");
    }

    @Test
    void a_missing_date_is_reported_on_line_1() {
        assertThat(problems(parse("---\ntitle: Hello\n---\n"))).containsExactly(
                "posts/a.md:1: missing required field 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM, or a file name starting with a date: YYYY-MM-DD-slug.md)");
    }

    @Test
    void a_date_with_month_13_is_rejected() {
        assertThat(problems(parse("---\ntitle: Hello\ndate: 2024-13-45\n---\n"))).containsExactly(
                "posts/a.md:3: invalid date '2024-13-45' for 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM)");
    }

    @Test
    void a_date_of_february_30_is_rejected() {
        assertThat(problems(parse("---\ntitle: Hello\ndate: 2024-02-30\n---\n"))).containsExactly(
                "posts/a.md:3: invalid date '2024-02-30' for 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM)");
    }

    @Test
    void a_short_date_is_rejected() {
        assertThat(problems(parse("---\ntitle: Hello\ndate: 24-1-1\n---\n"))).containsExactly(
                "posts/a.md:3: invalid date '24-1-1' for 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM)");
    }

    @Test
    void a_date_alone_with_a_one_digit_month_is_rejected() {
        assertThat(problems(parse("---\ntitle: Hello\ndate: 2024-1-05\n---\n"))).containsExactly(
                "posts/a.md:3: invalid date '2024-1-05' for 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM)");
    }

    @Test
    void a_bad_last_reviewed_date_is_named_by_its_path() {
        assertThat(problems(parse(withFields("revision:\n  status: draft\n  last_reviewed: 2024-1-05\n"))))
                .containsExactly("posts/a.md:6: invalid date '2024-1-05' for 'revision.last_reviewed'"
                        + " (expected a real calendar date YYYY-MM-DD)");
    }

    @Test
    void a_slug_with_spaces_and_capitals_is_rejected() {
        assertThat(problems(parse(withFields("slug: Hello World\n")))).containsExactly(
                "posts/a.md:4: invalid slug 'Hello World' (expected 1-100 characters from a-z, 0-9 and '-')");
    }

    @Test
    void a_file_name_without_letters_or_digits_needs_a_slug_field() {
        assertThat(problems(parse("posts/日本.md", withFields("")))).containsExactly(
                "posts/日本.md:1: file name '日本.md' gives an empty slug"
                        + " (expected a 'slug' field, or letters or digits in the file name)");
    }

    @Test
    void a_stack_given_as_text_is_rejected() {
        assertThat(problems(parse(withFields("stack: redis\n")))).containsExactly(
                "posts/a.md:4: 'stack' must be a list, got text (expected a YAML list, e.g. [a, b])");
    }

    @Test
    void a_nested_list_item_is_reported_at_the_item() {
        assertThat(problems(parse(withFields("stack:\n  - java\n  - [a, b]\n")))).containsExactly(
                "posts/a.md:6: 'stack' item must be text, got a list (expected a single value)");
    }

    @Test
    void a_view_count_given_as_words_is_rejected() {
        assertThat(problems(parse(withFields("view_count: lots\n")))).containsExactly(
                "posts/a.md:4: 'view_count' must be an integer, got 'lots' (expected a whole number >= 0)");
    }

    @Test
    void a_negative_view_count_is_rejected() {
        assertThat(problems(parse(withFields("view_count: -3\n")))).containsExactly(
                "posts/a.md:4: 'view_count' is -3 (expected a whole number >= 0)");
    }

    @Test
    void a_reading_time_of_zero_is_rejected() {
        assertThat(problems(parse(withFields("reading_time: 0\n")))).containsExactly(
                "posts/a.md:4: 'reading_time' is 0 (expected a whole number from 1 to 1000)");
    }

    @Test
    void a_topic_given_as_a_list_is_rejected() {
        assertThat(problems(parse(withFields("topic: [a, b]\n")))).containsExactly(
                "posts/a.md:4: 'topic' must be text, got a list (expected a single value)");
    }

    @Test
    void a_draft_that_is_not_a_boolean_is_rejected() {
        assertThat(problems(parse(withFields("draft: maybe\n")))).containsExactly(
                "posts/a.md:4: 'draft' must be true or false, got 'maybe' (expected true or false)");
    }

    @Test
    void a_score_above_100_is_rejected_at_its_key() {
        assertThat(problems(parse(withFields("score:\n  quality: 140\n  depth: 80\n")))).containsExactly(
                "posts/a.md:5: score 'quality' is 140 (expected an integer from 0 to 100)");
    }

    @Test
    void an_unknown_score_key_is_rejected() {
        assertThat(problems(parse(withFields("score: {quality: 90, speed: 3}\n")))).containsExactly(
                "posts/a.md:4: unknown score key 'speed' (expected one of quality, freshness, depth, clarity)");
    }

    @Test
    void an_unknown_difficulty_is_rejected() {
        assertThat(problems(parse(withFields("difficulty: expert\n")))).containsExactly(
                "posts/a.md:4: invalid difficulty 'expert' (expected one of beginner, intermediate, advanced)");
    }

    @Test
    void a_javascript_image_url_is_rejected_at_the_url_key() {
        String images = "images:\n  - source: x\n    url: javascript:alert(1)\n    caption: c\n";

        assertThat(problems(parse(withFields(images)))).containsExactly(
                "posts/a.md:6: invalid image url 'javascript:alert(1)'"
                        + " (expected an http(s) URL or a site path starting with '/')");
    }

    @Test
    void an_entity_without_a_name_is_rejected() {
        assertThat(problems(parse(withFields("entities:\n  - type: stack\n")))).containsExactly(
                "posts/a.md:5: 'entities' item has no 'name' (expected a non-empty string)");
    }

    @Test
    void every_problem_of_a_file_is_reported_in_line_order() {
        String text = "---\ndifficulty: expert\ntitle: [a]\nstack: x\ndate: 2024-02-30\n---\n";

        assertThat(problems(parse(text))).containsExactly(
                "posts/a.md:2: invalid difficulty 'expert' (expected one of beginner, intermediate, advanced)",
                "posts/a.md:3: 'title' must be a non-empty string, got a list (expected a non-empty string)",
                "posts/a.md:4: 'stack' must be a list, got text (expected a YAML list, e.g. [a, b])",
                "posts/a.md:5: invalid date '2024-02-30' for 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM)");
    }
}
