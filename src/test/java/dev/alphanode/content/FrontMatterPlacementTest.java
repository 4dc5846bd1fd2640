package dev.alphanode.content;

import static dev.alphanode.content.PostFiles.parse;
import static dev.alphanode.content.PostFiles.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A byte order mark and blank lines before the opening fence are tolerated; lines stay the editor's lines. */
class FrontMatterPlacementTest {

    private static final String YAML = "---\ntitle: Hello\ndate: 2024-01-05\ndifficulty: expert\n---\nBody\n";
    private static final String TOML = "+++\ntitle = \"Hello\"\ndate = 2024-01-05\ndifficulty = \"expert\"\n+++\nBody\n";
    private static final String BAD_DIFFICULTY =
            ": invalid difficulty 'expert' (expected one of beginner, intermediate, advanced)";

    static Stream<Arguments> placements() {
        return Stream.of(
                Arguments.of("YAML as it is", YAML, 4),
                Arguments.of("YAML after a BOM", "\uFEFF" + YAML, 4),
                Arguments.of("YAML after two blank lines", "\n\n" + YAML, 6),
                Arguments.of("YAML after a BOM and a blank line", "\uFEFF\n" + YAML, 5),
                Arguments.of("YAML after blank lines with spaces, CRLF", " \r\n\t\r\n" + YAML.replace("\n", "\r\n"), 6),
                Arguments.of("TOML as it is", TOML, 4),
                Arguments.of("TOML after a BOM", "\uFEFF" + TOML, 4),
                Arguments.of("TOML after three blank lines", "\n\n\n" + TOML, 7),
                Arguments.of("TOML after a BOM and blank lines, CRLF", "\uFEFF\r\n\r\n" + TOML.replace("\n", "\r\n"), 6));
    }

    @ParameterizedTest(name = "{0}: error on line {2}")
    @MethodSource("placements")
    void an_error_names_the_line_an_editor_shows(String name, String text, int line) {
        assertThat(problems(parse(text))).containsExactly("posts/a.md:" + line + BAD_DIFFICULTY);
    }

    @ParameterizedTest(name = "{0}: parses")
    @MethodSource("placements")
    void the_post_reads_the_same_wherever_its_front_matter_starts(String name, String text, int line) {
        ParseResult result = parse(text.replace("expert", "beginner"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.post().orElseThrow().title()).isEqualTo("Hello");
        assertThat(result.post().orElseThrow().body()).isEqualTo("Body\n");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("\n\n# Hello\n", "posts/a.md:3: missing front matter (expected '---' on the first line)"),
                Arguments.of("\n---\ntitle: Hello\n", "posts/a.md:2: front matter is not closed (expected a closing '---' line)"),
                Arguments.of("\n\n---\n- a\n---\n", "posts/a.md:4: front matter is not a mapping (expected key: value lines)"),
                Arguments.of("\n\n---\ntitle: Hello\ndate: 2024-01-05\nsummary: one: two\n---\n",
                        "posts/a.md:6: invalid YAML: mapping values are not allowed here (expected valid YAML front matter)"),
                Arguments.of("\n\n+++\ntitle = \"Hello\"\ndate = 2024-01-05\nsummary = = 2\n+++\n",
                        "posts/a.md:6: invalid TOML: unknown token (expected valid TOML front matter)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("failures")
    void a_file_problem_after_blank_lines_names_its_line(String text, String expected) {
        assertThat(problems(parse(text))).containsExactly(expected);
    }
}
