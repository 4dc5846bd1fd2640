package dev.alphanode.content;

import static dev.alphanode.content.PostFiles.parse;
import static dev.alphanode.content.PostFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every date form posts from Jekyll, Hugo and Zola carry, and the ones that stay errors. */
class PostDatesTest {

    private static final String EXPECTED = "(expected a real calendar date YYYY-MM-DD, optionally with a time"
            + " HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM)";

    /** As written in YAML front matter → as pages show it in {@code <time datetime>} → the instant listings order by. */
    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("2013-05-06", "2013-05-06", "2013-05-06T00:00:00Z"),
                Arguments.of("\"2013-05-06\"", "2013-05-06", "2013-05-06T00:00:00Z"),
                Arguments.of("2013-05-06 02:12", "2013-05-06T02:12:00Z", "2013-05-06T02:12:00Z"),
                Arguments.of("2013-05-06 02:12:52", "2013-05-06T02:12:52Z", "2013-05-06T02:12:52Z"),
                Arguments.of("2013-05-06 02:12:52.250", "2013-05-06T02:12:52.25Z", "2013-05-06T02:12:52.250Z"),
                Arguments.of("2013-05-06 02:12:52 +0200", "2013-05-06T02:12:52+02:00", "2013-05-06T00:12:52Z"),
                Arguments.of("2013-05-06 02:12:52 -0700", "2013-05-06T02:12:52-07:00", "2013-05-06T09:12:52Z"),
                Arguments.of("2013-05-06 02:12:52 +02:00", "2013-05-06T02:12:52+02:00", "2013-05-06T00:12:52Z"),
                Arguments.of("2013-05-06 02:12:52+0530", "2013-05-06T02:12:52+05:30", "2013-05-05T20:42:52Z"),
                Arguments.of("2013-05-06 02:12:52 Z", "2013-05-06T02:12:52Z", "2013-05-06T02:12:52Z"),
                Arguments.of("'2013-05-06 02:12:52 +0200'", "2013-05-06T02:12:52+02:00", "2013-05-06T00:12:52Z"),
                Arguments.of("2013-05-06T02:12:52+02:00", "2013-05-06T02:12:52+02:00", "2013-05-06T00:12:52Z"),
                Arguments.of("2013-05-06T02:12:52Z", "2013-05-06T02:12:52Z", "2013-05-06T02:12:52Z"),
                Arguments.of("2013-05-06t02:12:52z", "2013-05-06T02:12:52Z", "2013-05-06T02:12:52Z"),
                Arguments.of("2013-05-06T02:12:52.123456789-03:30", "2013-05-06T02:12:52.123456789-03:30",
                        "2013-05-06T05:42:52.123456789Z"),
                Arguments.of("\"2013-05-06T23:30:00+14:00\"", "2013-05-06T23:30:00+14:00", "2013-05-06T09:30:00Z"),
                Arguments.of("2013-05-06T23:30:00-12:00", "2013-05-06T23:30:00-12:00", "2013-05-07T11:30:00Z"),
                Arguments.of("2013-05-06T10:00:00+00:00", "2013-05-06T10:00:00Z", "2013-05-06T10:00:00Z"),
                // YAML 1.1 timestamps: one-digit month, day and hour, a bare hour offset, a space before it.
                Arguments.of("2001-12-14 21:59:43.10 -5", "2001-12-14T21:59:43.1-05:00", "2001-12-15T02:59:43.100Z"),
                Arguments.of("2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43.1-05:00", "2001-12-15T02:59:43.100Z"),
                Arguments.of("2002-1-5 2:59:43", "2002-01-05T02:59:43Z", "2002-01-05T02:59:43Z"));
    }

    @ParameterizedTest(name = "date: {0}")
    @MethodSource("accepted")
    void every_accepted_form_keeps_the_date_as_written_and_its_instant(String written, String shown, String instant) {
        ParseResult result = parse("---\ntitle: T\ndate: " + written + "\n---\n");

        assertThat(problems(result)).isEmpty();
        PostDate date = result.post().orElseThrow().date();
        assertThat(date.iso()).isEqualTo(shown);
        assertThat(date.instant()).isEqualTo(Instant.parse(instant));
    }

    static Stream<Arguments> acceptedToml() {
        return Stream.of(
                Arguments.of("2013-05-06", "2013-05-06", "2013-05-06T00:00:00Z"),
                Arguments.of("2013-05-06T02:12:52+02:00", "2013-05-06T02:12:52+02:00", "2013-05-06T00:12:52Z"),
                Arguments.of("2013-05-06 02:12:52-08:00", "2013-05-06T02:12:52-08:00", "2013-05-06T10:12:52Z"),
                Arguments.of("2013-05-06T02:12:52.5Z", "2013-05-06T02:12:52.5Z", "2013-05-06T02:12:52.500Z"),
                Arguments.of("2013-05-06T02:12:52", "2013-05-06T02:12:52Z", "2013-05-06T02:12:52Z"),
                Arguments.of("\"2013-05-06 02:12:52 +0200\"", "2013-05-06T02:12:52+02:00", "2013-05-06T00:12:52Z"));
    }

    @ParameterizedTest(name = "date = {0}")
    @MethodSource("acceptedToml")
    void toml_dates_and_offset_date_times_keep_their_offset(String written, String shown, String instant) {
        ParseResult result = parse("+++\ntitle = \"T\"\ndate = " + written + "\n+++\n");

        assertThat(problems(result)).isEmpty();
        PostDate date = result.post().orElseThrow().date();
        assertThat(date.iso()).isEqualTo(shown);
        assertThat(date.instant()).isEqualTo(Instant.parse(instant));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("2024-13-01", "invalid date '2024-13-01' for 'date' " + EXPECTED),
                Arguments.of("2024-02-30", "invalid date '2024-02-30' for 'date' " + EXPECTED),
                Arguments.of("2024-1-5", "invalid date '2024-1-5' for 'date' " + EXPECTED),
                Arguments.of("2013-05-06 25:00", "invalid date '2013-05-06 25:00' for 'date' " + EXPECTED),
                Arguments.of("2013-05-06 10:60", "invalid date '2013-05-06 10:60' for 'date' " + EXPECTED),
                Arguments.of("2013-05-06T10:00:00+19:00", "invalid date '2013-05-06T10:00:00+19:00' for 'date' " + EXPECTED),
                Arguments.of("2013-05-06 10:00 +02:75", "invalid date '2013-05-06 10:00 +02:75' for 'date' " + EXPECTED),
                Arguments.of("2013-05-06 10:00 PST", "invalid date '2013-05-06 10:00 PST' for 'date' " + EXPECTED),
                Arguments.of("May 6, 2013", "invalid date 'May 6, 2013' for 'date' " + EXPECTED),
                Arguments.of("2013/05/06", "invalid date '2013/05/06' for 'date' " + EXPECTED),
                Arguments.of("06-05-2013", "invalid date '06-05-2013' for 'date' " + EXPECTED),
                Arguments.of("2013-05-06T", "invalid date '2013-05-06T' for 'date' " + EXPECTED),
                Arguments.of("", "invalid date '' for 'date' " + EXPECTED),
                Arguments.of("[2013-05-06]", "'date' must be a date, got a list " + EXPECTED));
    }

    @ParameterizedTest(name = "date: {0}")
    @MethodSource("malformed")
    void a_malformed_date_is_an_error_at_its_line_naming_the_accepted_forms(String written, String message) {
        ParseResult result = parse("---\ntitle: T\ndate: " + written + "\n---\n");

        assertThat(result.post()).isEmpty();
        assertThat(problems(result)).containsExactly("posts/a.md:3: " + message);
    }

    static Stream<Arguments> fileNames() {
        return Stream.of(
                Arguments.of("posts/2013-05-06-hello-world.md", "hello-world", "2013-05-06"),
                Arguments.of("posts/2013-5-6-hello-world.markdown", "hello-world", "2013-05-06"),
                Arguments.of("posts/jekyll/2013-12-31-New Year.md", "new-year", "2013-12-31"),
                Arguments.of("posts/2013-05-06-trip/index.md", "trip", "2013-05-06"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileNames")
    void without_a_date_field_the_file_name_gives_the_date_and_the_slug_drops_it(String path, String slug, String date) {
        ParseResult result = parse(path, "---\ntitle: T\n---\nBody\n");

        assertThat(problems(result)).isEmpty();
        Post post = result.post().orElseThrow();
        assertThat(post.slug()).isEqualTo(slug);
        assertThat(post.date().iso()).isEqualTo(date);
    }

    @Test
    void a_date_field_wins_over_the_file_name_and_the_slug_still_drops_the_prefix() {
        Post post = parse("posts/2013-05-06-hello.md", "---\ntitle: T\ndate: 2013-05-07 09:00 +0200\n---\n")
                .post().orElseThrow();

        assertThat(post.slug()).isEqualTo("hello");
        assertThat(post.date().iso()).isEqualTo("2013-05-07T09:00:00+02:00");
    }

    @Test
    void a_slug_field_wins_over_the_file_name() {
        Post post = parse("posts/2013-05-06-hello.md", "---\ntitle: T\nslug: 2013-05-06-hello\n---\n")
                .post().orElseThrow();

        assertThat(post.slug()).isEqualTo("2013-05-06-hello");
        assertThat(post.date().iso()).isEqualTo("2013-05-06");
    }

    @Test
    void a_name_that_is_only_a_date_keeps_it_as_its_slug() {
        Post post = parse("posts/2013-05-06.md", "---\ntitle: T\ndate: 2013-05-06\n---\n").post().orElseThrow();

        assertThat(post.slug()).isEqualTo("2013-05-06");
    }

    @Test
    void a_file_name_with_no_real_date_gives_none() {
        ParseResult result = parse("posts/2013-02-30-hello.md", "---\ntitle: T\n---\n");

        assertThat(problems(result)).containsExactly("posts/2013-02-30-hello.md:1: missing required field 'date' "
                + EXPECTED.substring(0, EXPECTED.length() - 1) + ", or a file name starting with a date: YYYY-MM-DD-slug.md)");
    }

    @Test
    void lastmod_last_modified_at_and_updated_are_the_updated_date() {
        for (String key : new String[] {"lastmod", "last_modified_at", "updated"}) {
            Post post = parse("---\ntitle: T\ndate: 2013-05-06\n" + key + ": 2014-01-02 03:04:05 +0100\n---\n")
                    .post().orElseThrow();

            assertThat(post.updated()).as(key).map(PostDate::instant).contains(Instant.parse("2014-01-02T02:04:05Z"));
            assertThat(post.meta()).as(key).containsEntry(key, "2014-01-02 03:04:05 +0100");
        }
        assertThat(parse("---\ntitle: T\ndate: 2013-05-06\n---\n").post().orElseThrow().updated()).isEmpty();
    }

    @Test
    void a_malformed_lastmod_is_a_warning_and_the_post_is_still_read() {
        ParseResult result = parse("---\ntitle: T\ndate: 2013-05-06\nlastmod: yesterday\n---\n");

        assertThat(problems(result)).containsExactly("posts/a.md:4: warning: invalid date 'yesterday' for 'lastmod',"
                + " ignored: the post's date stands for it " + EXPECTED);
        assertThat(result.post().orElseThrow().updated()).isEmpty();
    }
}
