package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import dev.alphanode.config.Config;
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

    @Test
    void a_file_added_later_with_an_earlier_path_takes_the_slug_as_check_says_and_gives_it_back_when_it_goes()
            throws Exception {
        try (TestSite site = new TestSite(root).watching(Config.Watch.EVENTS)) {
            site.write("posts/z.md", TestSite.post("the first holder", "2025-01-02", "tags: [old]\nslug: same\n", "Z."));
            site.start();
            assertThat(site.get("/posts/same").body()).contains("the first holder");

            site.write("posts/a.md", TestSite.post("an earlier path", "2025-01-01", "slug: same\n", "A."));

            assertThat(ContentCheck.check(site.contentDir).problems()).extracting(ContentProblem::toString)
                    .containsExactly("posts/z.md:5: duplicate slug 'same' (expected a unique slug; already used by posts/a.md)");
            site.await("/posts/same", page -> page.body().contains("an earlier path"));
            assertThat(site.get("/healthz").body()).contains(
                    "posts/z.md:5: duplicate slug 'same' (expected a unique slug; already used by posts/a.md)");
            assertThat(site.get("/tags/old").statusCode()).as("the displaced post left its listing").isEqualTo(404);
            try (TestSite fresh = new TestSite(site.contentDir, root.resolve("fresh-data")).start()) {
                assertThat(fresh.get("/posts/same").body()).isEqualTo(site.get("/posts/same").body());
            }

            site.delete("posts/a.md");

            site.await("/posts/same", page -> page.body().contains("the first holder"));
            site.await("/healthz", page -> !page.body().contains("duplicate slug"));
            assertThat(site.get("/tags/old").statusCode()).isEqualTo(200);
        }
    }
}
