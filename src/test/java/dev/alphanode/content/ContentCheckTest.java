package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCheckTest {

    @TempDir
    Path content;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void a_clean_folder_exits_0_with_a_summary() throws IOException {
        write("posts/a.md", "---\ntitle: A\ndate: 2024-01-05\n---\nBody\n");
        write("posts/b.md", "---\ntitle: B\ndate: 2024-01-06\n---\nBody\n");

        assertThat(run()).isZero();
        assertThat(printed()).containsExactly("checked 2 posts: 0 errors, 0 warnings");
    }

    @Test
    void problems_are_printed_with_the_folder_prefix_and_exit_1() throws IOException {
        write("posts/a.md", "---\ntitle: A\ndate: 2024-02-30\n---\n");

        assertThat(run()).isEqualTo(1);
        assertThat(printed()).containsExactly(
                content + "/posts/a.md:3: invalid date '2024-02-30' for 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM)",
                "checked 1 post: 1 error, 0 warnings");
    }

    @Test
    void a_later_file_with_a_taken_slug_gets_an_error_at_its_slug_line() throws IOException {
        write("posts/a.md", "---\ntitle: A\ndate: 2024-01-05\nslug: same\n---\n");
        write("posts/b.md", "---\ntitle: B\ndate: 2024-01-05\nslug: same\n---\n");

        assertThat(ContentCheck.check(content).problems()).extracting(ContentProblem::toString).containsExactly(
                "posts/b.md:4: duplicate slug 'same' (expected a unique slug; already used by posts/a.md)");
    }

    @Test
    void a_taken_slug_derived_from_the_file_name_is_reported_on_line_1() throws IOException {
        write("posts/a/hello.md", "---\ntitle: A\ndate: 2024-01-05\n---\n");
        write("posts/b/hello.md", "---\ntitle: B\ndate: 2024-01-05\n---\n");

        assertThat(ContentCheck.check(content).problems()).extracting(ContentProblem::toString).containsExactly(
                "posts/b/hello.md:1: duplicate slug 'hello' (expected a unique slug; already used by posts/a/hello.md)");
    }

    @Test
    void an_unknown_site_key_is_a_warning_and_exits_0() throws IOException {
        write("site.yml", "title: Mine\ncolour: blue\n");
        write("posts/a.md", "---\ntitle: A\ndate: 2024-01-05\n---\n");

        assertThat(run()).isZero();
        assertThat(printed()).containsExactly(
                content + "/site.yml:2: warning: unknown key 'colour' (expected one of title, description,"
                        + " posts_per_page, similar_posts, nav, cache_ttl, similar_weights, feed_size, feed_content,"
                        + " robots_disallow)",
                "checked 1 post: 0 errors, 1 warning");
    }

    @Test
    void a_bad_feed_content_is_an_error_at_its_site_yml_line_and_exits_1() throws IOException {
        write("site.yml", "title: Mine\nfeed_size: 10\nfeed_content: excerpt\n");
        write("posts/a.md", "---\ntitle: A\ndate: 2024-01-05\n---\n");

        assertThat(run()).isEqualTo(1);
        assertThat(printed()).containsExactly(
                content + "/site.yml:3: invalid feed_content 'excerpt' (expected one of full, summary)",
                "checked 1 post: 1 error, 0 warnings");
    }

    @Test
    void a_missing_folder_exits_1() {
        Path missing = content.resolve("nope");

        assertThat(ContentCheck.run(missing, new PrintStream(output, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(printed()).containsExactly(missing + ": content folder not found (expected a folder containing posts/)");
    }

    private int run() {
        return ContentCheck.run(content, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String[] printed() {
        return output.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
    }

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
