package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link ContentLinks} rule on a real site: no symbolic link in content/ is followed, and check names each one. */
class ContentLinksTest {
    private static final String EXPECTED = "(expected a real file or folder; symbolic links in the content folder are never followed)";

    @TempDir
    Path root;

    @Test
    void a_post_file_linked_to_a_file_outside_content_is_refused_by_check_and_not_published() throws Exception {
        try (TestSite site = siteWithOnePost()) {
            Path secret = Files.writeString(Files.createDirectories(root.resolve("elsewhere")).resolve("secret.md"),
                    TestSite.post("the secret", "2025-01-02", "slug: secret\n", "Private."));
            Files.createSymbolicLink(site.contentDir.resolve("posts/x.md"), secret);

            assertThat(ContentCheck.check(site.contentDir).problems()).extracting(ContentProblem::toString)
                    .containsExactly("posts/x.md:1: file is a symbolic link " + EXPECTED);
            site.start();
            assertThat(site.get("/posts/secret").statusCode()).isEqualTo(404);
            assertThat(site.get("/posts/good").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_posts_folder_linked_out_of_content_is_refused_by_check_and_its_posts_are_not_published() throws Exception {
        try (TestSite site = siteWithOnePost()) {
            Path outside = Files.createDirectories(root.resolve("elsewhere/more"));
            Files.writeString(outside.resolve("inner.md"), TestSite.post("inner", "2025-01-02", "", "Private."));
            Files.createSymbolicLink(site.contentDir.resolve("posts/linked"), outside);

            assertThat(ContentCheck.check(site.contentDir).problems()).extracting(ContentProblem::toString)
                    .containsExactly("posts/linked:1: folder is a symbolic link " + EXPECTED);
            site.start();
            assertThat(site.get("/posts/inner").statusCode()).isEqualTo(404);
            assertThat(site.get("/posts/good").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void media_reached_through_a_link_is_not_served_and_check_names_the_link() throws Exception {
        try (TestSite site = siteWithOnePost()) {
            Path outside = Files.createDirectories(root.resolve("elsewhere/images"));
            Files.writeString(outside.resolve("private.txt"), "private");
            Files.writeString(Files.createDirectories(site.contentDir.resolve("media")).resolve("public.txt"), "public");
            Files.createSymbolicLink(site.contentDir.resolve("media/folder"), outside);
            Files.createSymbolicLink(site.contentDir.resolve("media/file.txt"), outside.resolve("private.txt"));

            assertThat(ContentCheck.check(site.contentDir).problems()).extracting(ContentProblem::toString)
                    .containsExactly("media/file.txt:1: file is a symbolic link " + EXPECTED,
                            "media/folder:1: folder is a symbolic link " + EXPECTED);
            site.start();
            assertThat(site.get("/media/public.txt").body()).isEqualTo("public");
            assertThat(site.get("/media/folder/private.txt").statusCode()).isEqualTo(404);
            assertThat(site.get("/media/file.txt").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void healthz_lists_a_linked_post_as_a_content_error() throws Exception {
        try (TestSite site = siteWithOnePost()) {
            Path secret = Files.writeString(Files.createDirectories(root.resolve("elsewhere")).resolve("secret.md"),
                    TestSite.post("the secret", "2025-01-02", "", "Private."));
            Files.createSymbolicLink(site.contentDir.resolve("posts/x.md"), secret);
            site.start();

            assertThat(site.get("/healthz").body()).contains("posts/x.md:1: file is a symbolic link");
        }
    }

    private TestSite siteWithOnePost() throws Exception {
        return new TestSite(root.resolve("site")).write("posts/good.md", TestSite.post("good", "2025-01-01", "", "Fine."));
    }
}
