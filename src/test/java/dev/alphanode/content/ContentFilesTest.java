package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFilesTest {

    @TempDir
    Path content;

    @Test
    void posts_are_listed_recursively_in_path_order() throws IOException {
        touch("posts/redis/b.md");
        touch("posts/a.md");
        touch("posts/redis/a.md");
        touch("site.yml");
        touch("media/c.md");

        assertThat(ContentFiles.listPosts(content)).extracting(ContentFile::relativePath)
                .containsExactly("posts/a.md", "posts/redis/a.md", "posts/redis/b.md");
    }

    @Test
    void hidden_files_and_editor_backups_are_ignored() throws IOException {
        touch("posts/real.md");
        touch("posts/real.md~");
        touch("posts/.#real.md");
        touch("posts/.real.md.swp");
        touch("posts/real.md.swx");
        touch("posts/real.md.tmp");
        touch("posts/notes.txt");
        touch("posts/.git/x.md");
        touch("posts/.drafts/y.md");

        assertThat(ContentFiles.listPosts(content)).extracting(ContentFile::relativePath)
                .containsExactly("posts/real.md");
    }

    @Test
    void a_missing_posts_folder_gives_no_posts() throws IOException {
        assertThat(ContentFiles.listPosts(content)).isEmpty();
    }

    @Test
    void listed_paths_point_at_the_files() throws IOException {
        touch("posts/a.md");

        assertThat(ContentFiles.listPosts(content).get(0).path()).isEqualTo(content.resolve("posts/a.md"));
    }

    @Test
    void sha256_is_lowercase_hex() {
        assertThat(ContentFiles.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    private void touch(String relative) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }
}
