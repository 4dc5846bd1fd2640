package dev.alphanode.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphanode.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database is derived from content/: when it is damaged, start-up rebuilds it; when it cannot, it says why. */
class DatabaseHealingTest {
    @TempDir
    Path root;
    TestSite site;

    @AfterEach
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void a_database_that_lost_post_bodies_is_rebuilt_from_content_at_start() throws Exception {
        site = new TestSite(root).withTwoPostsAndADraft().start();
        site.close();
        try (Connection conn = DriverManager.getConnection(url(), "sa", "")) {
            conn.createStatement().executeUpdate("SET REFERENTIAL_INTEGRITY FALSE");
            conn.createStatement().executeUpdate("DELETE FROM post_body WHERE slug = 'a'");
        }

        site.start();

        assertThat(site.get("/posts/a").body()).contains("first post", "Alpha body.");
        assertThat(site.app().lastImport().imported()).as("posts imported into the rebuilt database").isEqualTo(3);
        assertThat(site.dataDir.resolve("alphanode.mv.db.damaged")).exists();
    }

    @Test
    void a_database_file_h2_cannot_read_is_moved_aside_and_rebuilt() throws Exception {
        site = new TestSite(root).withTwoPostsAndADraft().start();
        site.close();
        Path file = site.dataDir.resolve("alphanode.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5a);
        }
        Files.write(file, bytes);

        site.start();

        assertThat(site.get("/posts/b").body()).contains("second post");
        assertThat(site.get("/healthz").body()).contains("\"posts\":2");
    }

    @Test
    void a_database_folder_that_cannot_be_written_stops_start_up_naming_the_setting_and_the_folder() throws Exception {
        site = new TestSite(root).withTwoPostsAndADraft();
        Assumptions.assumeTrue(immutable(site.dataDir, true), "chattr +i is not available here");
        try {
            assertThatThrownBy(site::start)
                    .hasMessageContaining("ANP_DB_URL")
                    .hasMessageContaining(site.dataDir.toString())
                    .hasMessageContaining("not writable")
                    .hasMessageContaining("retrying will not help");
        } finally {
            immutable(site.dataDir, false);
            site = null;
        }
    }

    private String url() {
        return "jdbc:h2:file:" + site.dataDir.resolve("alphanode");
    }

    /** chattr ±i: even root cannot create files in an immutable folder, as in a read-only mount. */
    static boolean immutable(Path folder, boolean on) throws Exception {
        try {
            Process chattr = new ProcessBuilder("chattr", on ? "+i" : "-i", folder.toString())
                    .redirectErrorStream(true).start();
            return chattr.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
