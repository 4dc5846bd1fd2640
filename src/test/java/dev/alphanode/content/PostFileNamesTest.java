package dev.alphanode.content;

import static dev.alphanode.content.PostFiles.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostFileNamesTest {

    @TempDir
    Path content;

    @ParameterizedTest(name = "{0} is a post: {1}")
    @CsvSource({
            "hello.md, true",
            "hello.markdown, true",
            "2013-05-06-hello.markdown, true",
            "hello.markdown~, false",
            ".hello.markdown, false",
            ".#hello.markdown, false",
            "hello.markdown.swp, false",
            "hello.mdown, false",
            "hello.txt, false",
            "_index.md, false",
            "_index.markdown, false",
            "index.md, true",
            "markdown, false"})
    void markdown_files_are_posts_by_their_extension(String name, boolean isPost) {
        assertThat(PostFileNames.isPost(name)).isEqualTo(isPost);
    }

    @Test
    void markdown_files_are_listed_with_md_files() throws IOException {
        touch("posts/b.markdown");
        touch("posts/a.md");
        touch("posts/c.markdown.tmp");

        assertThat(ContentFiles.listPosts(content)).extracting(ContentFile::relativePath)
                .containsExactly("posts/a.md", "posts/b.markdown");
    }

    @Test
    void a_markdown_file_takes_its_slug_from_the_name_without_the_extension() {
        String text = "---\ntitle: Hello\ndate: 2024-01-05\n---\nBody\n";

        assertThat(parse("posts/Hello World.markdown", text).post().orElseThrow().slug()).isEqualTo("hello-world");
        assertThat(parse("posts/hello.md", text).post().orElseThrow().slug()).isEqualTo("hello");
    }

    @Test
    void check_reads_markdown_files() throws IOException {
        Files.createDirectories(content.resolve("posts"));
        Files.writeString(content.resolve("posts/a.markdown"), "---\ntitle: A\ndate: 2024-02-30\n---\n");

        assertThat(ContentCheck.check(content).problems()).extracting(ContentProblem::toString).containsExactly(
                "posts/a.markdown:3: invalid date '2024-02-30' for 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM)");
    }

    private void touch(String relative) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }

    @Test
    void a_page_bundle_takes_its_slug_from_its_folder() {
        String text = "---\ntitle: Hello\ndate: 2024-01-05\n---\nBody\n";

        assertThat(parse("posts/my-post/index.md", text).post().orElseThrow().slug()).isEqualTo("my-post");
        assertThat(parse("posts/2019/My Trip/index.markdown", text).post().orElseThrow().slug()).isEqualTo("my-trip");
        assertThat(parse("posts/index.md", text).post().orElseThrow().slug()).isEqualTo("index");
        assertThat(parse("posts/my-post/index.md", "---\ntitle: Hello\ndate: 2024-01-05\nslug: own\n---\n")
                .post().orElseThrow().slug()).isEqualTo("own");
    }

    @Test
    void section_files_are_not_listed() throws IOException {
        touch("posts/_index.md");
        touch("posts/travel/_index.md");
        touch("posts/travel/rome/index.md");

        assertThat(ContentFiles.listPosts(content)).extracting(ContentFile::relativePath)
                .containsExactly("posts/travel/rome/index.md");
    }

    @Test
    void posts_in_a_drafts_folder_are_drafts() {
        String text = "---\ntitle: Hello\ndate: 2024-01-05\n---\nBody\n";

        assertThat(parse("posts/_drafts/hello.md", text).post().orElseThrow().draft()).isTrue();
        assertThat(parse("posts/jekyll/_drafts/hello.md", text).post().orElseThrow().draft()).isTrue();
        assertThat(parse("posts/drafts/hello.md", text).post().orElseThrow().draft()).isFalse();
    }
}
