package dev.alphanode.content;

import static dev.alphanode.content.PostFiles.parse;
import static dev.alphanode.content.PostFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PostFileShapeTest {

    @Test
    void an_empty_file_is_rejected() {
        ParseResult result = parse(" \n\n");

        assertThat(result.post()).isEmpty();
        assertThat(problems(result)).containsExactly(
                "posts/a.md:1: empty file (expected front matter between '---' lines, then Markdown)");
    }

    @Test
    void a_file_without_front_matter_is_rejected() {
        assertThat(problems(parse("# Hello\n\ntext\n"))).containsExactly(
                "posts/a.md:1: missing front matter (expected '---' on the first line)");
    }

    @Test
    void front_matter_without_a_closing_line_is_rejected() {
        assertThat(problems(parse("---\ntitle: Hello\ndate: 2024-01-05\n\nBody\n"))).containsExactly(
                "posts/a.md:1: front matter is not closed (expected a closing '---' line)");
    }

    @Test
    void invalid_utf8_is_reported_at_the_line_of_the_first_bad_byte() {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("---\ntitle: Hello\ndate: 2024-01-05\nsummary: caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write(0x28);
        bytes.writeBytes("\n---\nBody\n".getBytes(StandardCharsets.UTF_8));

        assertThat(problems(parse(bytes.toByteArray()))).containsExactly(
                "posts/a.md:4: invalid UTF-8 byte sequence (expected UTF-8 text)");
    }

    @Test
    void broken_yaml_is_reported_at_its_file_line() {
        assertThat(problems(parse(PostFiles.withFields("summary: one: two\n")))).containsExactly(
                "posts/a.md:4: invalid YAML: mapping values are not allowed here (expected valid YAML front matter)");
    }

    @Test
    void a_quote_left_open_is_reported_where_it_opens_not_at_the_closing_fence() {
        assertThat(problems(parse("---\ntitle: \"An unclosed quote\ndate: 2024-01-05\ntags: [a, b]\n---\nBody\n"))).containsExactly(
                "posts/a.md:2: invalid YAML: while scanning a quoted scalar, found unexpected end of stream"
                        + " (expected valid YAML front matter)");
        assertThat(problems(parse("---\ntitle: Hello\ndate: 2024-01-05\ntags: [a, b\n---\nBody\n")))
                .containsExactly("posts/a.md:4: invalid YAML: while parsing a flow sequence, expected ',' or ']',"
                        + " but got <stream end> (expected valid YAML front matter)");
    }

    @Test
    void front_matter_that_is_not_a_mapping_is_rejected() {
        assertThat(problems(parse("---\n- a\n- b\n---\nBody\n"))).containsExactly(
                "posts/a.md:2: front matter is not a mapping (expected key: value lines)");
    }

    @Test
    void crlf_line_endings_are_accepted() {
        ParseResult result = parse("---\r\ntitle: Hello\r\ndate: 2024-01-05\r\n---\r\nLine one\r\nLine two\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.post().orElseThrow().body()).isEqualTo("Line one\nLine two\n");
    }

    @Test
    void crlf_files_report_the_same_lines() {
        assertThat(problems(parse("---\r\ntitle: Hello\r\ndate: 2024-02-30\r\n---\r\n"))).containsExactly(
                "posts/a.md:3: invalid date '2024-02-30' for 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM)");
    }

    @Test
    void a_leading_byte_order_mark_is_ignored() {
        ParseResult result = parse("\uFEFF---\ntitle: Hello\ndate: 2024-01-05\n---\nBody\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.post().orElseThrow().title()).isEqualTo("Hello");
    }

    @Test
    void line_separators_inside_values_do_not_shift_line_numbers() {
        String text = "---\ntitle: \"a\u2028b\"\ndate: 2024-01-05\ndifficulty: expert\n---\n";

        assertThat(problems(parse(text))).containsExactly(
                "posts/a.md:4: invalid difficulty 'expert' (expected one of beginner, intermediate, advanced)");
    }
}
