package dev.alphanode.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database from before redirects (V5) learns the old paths of the posts it already holds. */
class RedirectsUpgradeTest {
    @TempDir
    Path root;

    @Test
    void posts_stored_before_migration_v6_redirect_their_old_paths_after_the_upgrade() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/a.md", TestSite.post("a post", "2013-05-06", "permalink: /2013/05/06/a.html\n", "A."));
            site.write("posts/b.md", TestSite.post("no old paths", "2013-05-07", "", "B."));
            site.start();
            site.app().close();
            // The same content as stored by a release before V6: the hashes match the files, no redirect tables.
            try (Connection conn = DriverManager.getConnection("jdbc:h2:file:" + site.dataDir.resolve("alphanode"), "sa", "");
                 Statement sql = conn.createStatement()) {
                sql.execute("DROP TABLE redirect");
                sql.execute("DROP TABLE redirect_stub");
                sql.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'");
            }

            site.start();

            HttpResponse redirect = new HttpResponse(site.get("/2013/05/06/a.html"));
            assertThat(redirect.status()).isEqualTo(301);
            assertThat(redirect.location()).isEqualTo("/posts/a");
            assertThat(site.app().lastImport().unchanged()).as("only the post naming an old path is read again")
                    .isEqualTo(1);
        }
    }

    private record HttpResponse(int status, String location) {
        HttpResponse(java.net.http.HttpResponse<String> response) {
            this(response.statusCode(), response.headers().firstValue("Location").orElse(""));
        }
    }
}
