package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;

import dev.alphanode.sync.ImportReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports are idempotent, bad files keep the last good version, removed files remove posts. */
class ContentLifecycleTest {
    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root);
        for (int i = 1; i <= 5; i++) {
            site.write("posts/p" + i + ".md", TestSite.post("post number " + i, "2025-01-0" + i, "", "Body " + i + "."));
        }
        site.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void a_restart_on_unchanged_content_skips_every_file() {
        assertThat(site.app().lastImport().imported()).isEqualTo(5);
        site.restart();
        ImportReport report = site.app().lastImport();
        assertThat(report.files()).isEqualTo(5);
        assertThat(report.unchanged()).isEqualTo(5);
        assertThat(report.imported()).isZero();
    }

    @Test
    void a_restart_after_one_edit_imports_only_that_file() throws Exception {
        site.close();
        site.write("posts/p3.md", TestSite.post("post number 3, revised", "2025-01-03", "", "New body."));
        site.start();
        ImportReport report = site.app().lastImport();
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(4);
        assertThat(site.get("/posts/p3").body()).contains("post number 3, revised", "New body.");
    }

    @Test
    void an_invalid_edit_keeps_serving_the_last_good_version_and_is_reported() throws Exception {
        site.write("posts/p2.md", "---\ntitle: \"broken\"\ndate: 2024-02-30\n---\nBroken body.\n");
        ImportReport report = site.app().sync().imported();
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(site.get("/posts/p2").body()).contains("post number 2", "Body 2.").doesNotContain("Broken body");
        assertThat(site.get("/healthz").body()).contains("posts/p2.md:3: invalid date '2024-02-30'");

        site.write("posts/p2.md", TestSite.post("post number 2, fixed", "2025-01-02", "", "Fixed body."));
        site.app().sync().imported();
        assertThat(site.get("/posts/p2").body()).contains("post number 2, fixed");
        assertThat(site.get("/healthz").body()).contains("\"contentErrors\":[]");
    }

    @Test
    void deleting_a_file_removes_its_post() throws Exception {
        Files.delete(site.contentDir.resolve("posts/p4.md"));
        ImportReport report = site.app().sync().imported();
        assertThat(report.removed()).isEqualTo(1);
        assertThat(site.get("/posts/p4").statusCode()).isEqualTo(404);
        assertThat(site.get("/").body()).doesNotContain("/posts/p4");
    }

    @Test
    void a_second_file_claiming_a_taken_slug_is_rejected_and_the_first_keeps_it() throws Exception {
        site.write("posts/zz-copy.md", TestSite.post("impostor", "2025-02-01", "slug: p1\n", "Impostor."));
        ImportReport report = site.app().sync().imported();
        assertThat(report.problems()).extracting(Object::toString)
                .contains("posts/zz-copy.md:4: duplicate slug 'p1' (expected a unique slug; already used by posts/p1.md)");
        assertThat(site.get("/posts/p1").body()).contains("post number 1").doesNotContain("Impostor");
    }

    @Test
    void a_bad_file_never_takes_the_site_down() throws Exception {
        site.write("posts/bad.md", "not front matter at all\n");
        site.restart();
        assertThat(site.get("/").statusCode()).isEqualTo(200);
        assertThat(site.get("/healthz").body()).contains("posts/bad.md:1: missing front matter");
    }
}
