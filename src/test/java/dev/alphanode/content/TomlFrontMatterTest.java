package dev.alphanode.content;

import static dev.alphanode.content.PostFiles.parse;
import static dev.alphanode.content.PostFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TomlFrontMatterTest {

    private static final String YAML = """
            ---
            notes:
              - view count is synthetic
            title: Migrating settings without downtime
            date: 2024-03-05
            slug: migrating-settings
            draft: false
            topic: migrating settings
            summary: This summary explains migrating settings.
            outline:
              context: for a small team
              problem: migrating settings
              stack: redis caching
              recommended_action: measure first
            brief: Written like a careful draft.
            stack: [redis caching, database]
            tools: [redis, ttl]
            tags: [redis, caching]
            code_language: text
            difficulty: beginner
            reading_time: 10
            view_count: 271961
            score: {quality: 94, freshness: 94, depth: 87, clarity: 83}
            revision: {status: expanded, version: 1.9.8, last_reviewed: 2016-10-26}
            reference: anp-ref-020897
            hash: 3f3b8e0e28c4d28ae0226b6e
            flags: {ai_generated_style: 1, has_images: true}
            checklist:
              - inspect cache headers
            entities:
              - {name: redis caching, type: stack}
            images:
              - {source: local, url: /media/a.png, caption: local}
            payload: {source_id: alphanode-020897, paragraphs: 8, ratio: 0.5, nested: {seed: 20897}}
            extra: [1, two]
            ---
            Body text.
            """;

    private static final String TOML = """
            +++
            notes = ["view count is synthetic"]
            title = "Migrating settings without downtime"
            date = 2024-03-05
            slug = "migrating-settings"
            draft = false
            topic = "migrating settings"
            summary = "This summary explains migrating settings."
            brief = 'Written like a careful draft.'
            stack = ["redis caching", "database"]
            tools = ["redis", "ttl"]
            tags = ["redis", "caching"]
            code_language = "text"
            difficulty = "beginner"
            reading_time = 10
            view_count = 271_961
            score = { quality = 94, freshness = 94, depth = 87, clarity = 83 }
            reference = "anp-ref-020897"
            hash = "3f3b8e0e28c4d28ae0226b6e"
            checklist = [
              "inspect cache headers",
            ]
            extra = [1, "two"]

            [outline]
            context = "for a small team"
            problem = "migrating settings"
            stack = "redis caching"
            recommended_action = "measure first"

            [revision]
            status = "expanded"
            version = "1.9.8"
            last_reviewed = 2016-10-26

            [flags]
            ai_generated_style = 1
            has_images = true

            [[entities]]
            name = "redis caching"
            type = "stack"

            [[images]]
            source = "local"
            url = "/media/a.png"
            caption = "local"

            [payload]
            source_id = "alphanode-020897"
            paragraphs = 8
            ratio = 0.5
            nested.seed = 20897
            +++
            Body text.
            """;

    @Test
    void a_toml_post_with_every_known_field_reads_like_its_yaml_twin() {
        ParseResult yaml = parse("posts/a.md", YAML);
        ParseResult toml = parse("posts/a.md", TOML);

        assertThat(yaml.problems()).isEmpty();
        assertThat(toml.problems()).isEmpty();
        Post fromYaml = yaml.post().orElseThrow();
        Post fromToml = toml.post().orElseThrow();
        assertThat(fromToml.slug()).isEqualTo("migrating-settings");
        assertThat(fromToml.date().date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(fromToml.body()).isEqualTo("Body text.\n");
        assertThat(fromToml).usingRecursiveComparison().ignoringFields("contentHash").isEqualTo(fromYaml);
        assertThat(fromToml.meta().get("payload")).isEqualTo(Map.of("source_id", "alphanode-020897", "paragraphs", 8L,
                "ratio", 0.5, "nested", Map.of("seed", 20897L)));
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("2023-05-06", LocalDate.of(2023, 5, 6)),
                Arguments.of("2023-05-06T23:30:00-08:00", LocalDate.of(2023, 5, 6)),
                Arguments.of("2023-05-06 00:15:00+02:00", LocalDate.of(2023, 5, 6)),
                Arguments.of("2023-05-06T10:00:00Z", LocalDate.of(2023, 5, 6)),
                Arguments.of("2023-05-06T10:00:00", LocalDate.of(2023, 5, 6)),
                Arguments.of("\"2023-05-06\"", LocalDate.of(2023, 5, 6)));
    }

    @ParameterizedTest(name = "date = {0} is {1}")
    @MethodSource("dates")
    void a_toml_date_or_date_time_gives_the_calendar_date_as_written(String written, LocalDate expected) {
        ParseResult result = parse("+++\ntitle = \"T\"\ndate = " + written + "\n+++\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.post().orElseThrow().date().date()).isEqualTo(expected);
    }

    @Test
    void other_toml_date_times_are_shown_as_iso_text() {
        Post post = parse("+++\ntitle = \"T\"\ndate = 2023-05-06\nlastmod = 2023-06-01T08:05:00+02:00\n+++\n")
                .post().orElseThrow();

        assertThat(post.meta()).containsEntry("lastmod", "2023-06-01T08:05:00+02:00");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("title = \"T\"\ndate = 2023-05-06\nsummary = = 3\n",
                        "posts/a.md:4: invalid TOML: unknown token (expected valid TOML front matter)"),
                Arguments.of("title = \"T\"\ndate = \n",
                        "posts/a.md:3: invalid TOML: newline not permitted here (expected valid TOML front matter)"),
                Arguments.of("title = \"T\"\ntags = [\"a\",\n",
                        "posts/a.md:3: invalid TOML: premature end of file (expected valid TOML front matter)"),
                Arguments.of("title = \"T\"\ndate = 2023-02-30\n",
                        "posts/a.md:3: invalid TOML: invalid date '2023-02-30' (expected valid TOML front matter)"),
                Arguments.of("title = \"T\"\ndate = 2023-05-06\ndifficulty = \"expert\"\n",
                        "posts/a.md:4: invalid difficulty 'expert' (expected one of beginner, intermediate, advanced)"),
                Arguments.of("title = \"T\"\ndate = \"May 6\"\n",
                        "posts/a.md:3: invalid date 'May 6' for 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM)"),
                Arguments.of("date = 2023-05-06\ntitle = [\"a\"]\n",
                        "posts/a.md:3: 'title' must be a non-empty string, got a list (expected a non-empty string)"),
                Arguments.of("title = \"T\"\ndate = 2023-05-06\n\n[score]\nquality = 101\n",
                        "posts/a.md:6: score 'quality' is 101 (expected an integer from 0 to 100)"),
                Arguments.of("title = \"T\"\ndate = 2023-05-06\n[revision]\nstatus = \"x\"\nlast_reviewed = \"soon\"\n",
                        "posts/a.md:6: invalid date 'soon' for 'revision.last_reviewed'"
                                + " (expected a real calendar date YYYY-MM-DD)"),
                Arguments.of("title = \"T\"\ndate = 2023-05-06\n\n[[images]]\nsource = \"x\"\n\n[[images]]\n"
                                + "url = \"javascript:alert(1)\"\n",
                        "posts/a.md:9: invalid image url 'javascript:alert(1)'"
                                + " (expected an http(s) URL or a site path starting with '/')"),
                Arguments.of("title = \"T\"\ndate = 2023-05-06\nbrief = \"\"\"\nslug = \"not a key\"\n\"\"\"\n"
                                + "slug = \"Bad Slug\"\n",
                        "posts/a.md:7: invalid slug 'Bad Slug' (expected 1-100 characters from a-z, 0-9 and '-')"),
                Arguments.of("title = \"T\"\ndate = 2023-05-06\nx = " + "[".repeat(60) + "]".repeat(60) + "\n",
                        "posts/a.md:4: invalid TOML: nested more than 40 levels deep (expected valid TOML front matter)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void a_toml_problem_is_reported_at_its_file_line(String frontMatter, String expected) {
        assertThat(problems(parse("+++\n" + frontMatter + "+++\nBody\n"))).containsExactly(expected);
    }

    @Test
    void empty_toml_front_matter_is_missing_its_required_fields() {
        List<String> expected = List.of(
                "posts/a.md:1: missing required field 'title' (expected a non-empty string)",
                "posts/a.md:1: missing required field 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM, or a file name starting with a date: YYYY-MM-DD-slug.md)");

        assertThat(problems(parse("+++\n+++\nBody\n"))).isEqualTo(expected);
        assertThat(problems(parse("+++\n# only a comment\n\n+++\nBody\n"))).isEqualTo(expected);
    }

    @Test
    void unclosed_toml_front_matter_names_its_fence() {
        assertThat(problems(parse("+++\ntitle = \"T\"\n"))).containsExactly(
                "posts/a.md:1: front matter is not closed (expected a closing '+++' line)");
    }

    @Test
    void a_yaml_fence_does_not_close_toml_front_matter() {
        assertThat(problems(parse("+++\ntitle = \"T\"\n---\nBody\n"))).containsExactly(
                "posts/a.md:1: front matter is not closed (expected a closing '+++' line)");
    }

    @Test
    void a_duplicate_toml_key_is_reported_at_its_second_line() {
        assertThat(problems(parse("+++\ntitle = \"T\"\ndate = 2023-05-06\ntitle = \"U\"\ntags = []\n+++\n")))
                .containsExactly("posts/a.md:4: invalid TOML: duplicate key 'title' (expected each key once)");
    }
}
