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
                "    1 file  invalid date '…' for 'date'",
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
                        + " robots_disallow, edge_max_age, edge_stale_while_revalidate)",
                "    1 file  warning: unknown key '…'",
                "checked 1 post: 0 errors, 1 warning");
    }

    @Test
    void a_bad_feed_content_is_an_error_at_its_site_yml_line_and_exits_1() throws IOException {
        write("site.yml", "title: Mine\nfeed_size: 10\nfeed_content: excerpt\n");
        write("posts/a.md", "---\ntitle: A\ndate: 2024-01-05\n---\n");

        assertThat(run()).isEqualTo(1);
        assertThat(printed()).containsExactly(
                content + "/site.yml:3: invalid feed_content 'excerpt' (expected one of full, summary)",
                "    1 file  invalid feed_content '…'",
                "checked 1 post: 1 error, 0 warnings");
    }

    @Test
    void a_bad_edge_lifetime_is_an_error_at_its_site_yml_line_and_exits_1() throws IOException {
        write("site.yml", "title: Mine\nedge_max_age: 1 day\n");
        write("posts/a.md", "---\ntitle: A\ndate: 2024-01-05\n---\n");

        assertThat(run()).isEqualTo(1);
        assertThat(printed()).startsWith(content + "/site.yml:2: 'edge_max_age' must be an integer, got '1 day'"
                + " (expected a whole number from 0 to 31536000)").endsWith("checked 1 post: 1 error, 0 warnings");
    }

    @Test
    void template_tags_left_as_text_are_warnings_at_their_file_line_and_exit_0() throws IOException {
        write("posts/2024-01-31-intro.md", "---\ntitle: Intro\ndate: 2024-01-31\n---\nHello.\n");
        write("posts/b.md", "---\ntitle: B\ndate: 2024-02-01\n---\nSee {% post_url 2024-01-31-intro %}.\n\n"
                + "{% include ad.html %}\n```\n{% include in-code.html %}\n```\n{{< youtube abc >}} {% post_url gone %}\n");
        write("posts/c.md", "+++\ntitle = \"C\"\ndate = 2024-02-02\n+++\n\n{{ page.title }}\n");

        assertThat(run()).isZero();
        String known = " left as text (expected one of " + TemplateTags.KNOWN + ")";
        assertThat(printed()).containsExactly(
                content + "/posts/b.md:7: warning: unknown template tag '{% include ad.html %}'" + known,
                content + "/posts/b.md:11: warning: unknown template tag '{{< youtube abc >}}'" + known,
                content + "/posts/b.md:11: warning: post reference '{% post_url gone %}' names no published post, left as text (expected"
                        + " the file name or path of a post in content/posts, e.g. 2024-01-31-title)",
                content + "/posts/c.md:6: warning: unknown template tag '{{ page.title }}'" + known,
                "    2 files warning: unknown template tag '…' left as text",
                "    1 file  warning: post reference '…' names no published post, left as text",
                "checked 3 posts: 0 errors, 4 warnings");
    }

    @Test
    void the_summary_counts_files_per_kind_of_problem_errors_first() throws IOException {
        for (int i = 1; i <= 3; i++) {
            write("posts/bad" + i + ".md", "---\ntitle: B\ndate: 2024-02-3" + i + "\n---\n{% include x.html %}\n");
        }
        write("posts/untitled.md", "---\ndate: 2024-01-01\n---\n");
        write("posts/ok.md", "---\ntitle: OK\ndate: 2024-01-01\n---\n{% include a %} {% include b %}\n");
        write("posts/tagged.md", "---\ntitle: T\ndate: 2024-01-01\ntags: {a: b}\n---\n");

        assertThat(run()).isEqualTo(1);
        String[] lines = printed();
        assertThat(java.util.Arrays.copyOfRange(lines, lines.length - 5, lines.length)).containsExactly(
                "    3 files invalid date '…' for 'date'",
                "    1 file  'tags' must be a list, got a map",
                "    1 file  missing required field 'title'",
                "    1 file  warning: unknown template tag '…' left as text",
                "checked 6 posts: 5 errors, 2 warnings");
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
