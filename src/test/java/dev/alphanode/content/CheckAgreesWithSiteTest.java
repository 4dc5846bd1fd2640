package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and the site decide a shared slug alike: the first path in sorted order keeps it. */
class CheckAgreesWithSiteTest {

    @TempDir
    Path root;

    @Test
    void two_files_claiming_one_slug_check_names_the_one_the_site_does_not_serve() throws Exception {
        try (TestSite site = new TestSite(root)) {
            // Walk order and sorted order differ here: '-' sorts before '/', but a folder may be walked first.
            site.write("posts/a/z.md", TestSite.post("in a folder", "2025-01-02", "slug: same\n", "Folder."));
            site.write("posts/a-z.md", TestSite.post("beside the folder", "2025-01-01", "slug: same\n", "File."));

            assertThat(ContentCheck.check(site.contentDir).problems()).extracting(ContentProblem::toString)
                    .containsExactly("posts/a/z.md:4: duplicate slug 'same' (expected a unique slug; already used by posts/a-z.md)");
            site.start();
            assertThat(site.get("/posts/same").body()).contains("beside the folder").doesNotContain("in a folder");
            assertThat(site.get("/healthz").body()).contains(
                    "posts/a/z.md:4: duplicate slug 'same' (expected a unique slug; already used by posts/a-z.md)");
            site.restart();
            assertThat(site.get("/posts/same").body()).contains("beside the folder");
        }
    }
}
