package dev.alphanode.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database from a release before redirects (migrations up to V5, its rows claiming to be current)
 * serves the old paths of the posts it already held after the upgrade: the later migrations mark
 * the stored posts as changed (V6 those naming old paths; V7 and V8 every post), so the first import
 * reads the files again and writes their redirects.
 */
class RedirectsUpgradeTest {
    @TempDir
    Path root;

    @Test
    void posts_stored_before_migration_v6_redirect_their_old_paths_after_the_upgrade() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/a.md", TestSite.post("a post", "2013-05-06", "permalink: /2013/05/06/a.html\n", "A."));
            site.write("posts/b.md", TestSite.post("no old paths", "2013-05-07", "", "B."));
            JdbcDataSource old = new JdbcDataSource();
            old.setURL("jdbc:h2:file:" + site.dataDir.resolve("alphanode"));
            old.setUser("sa");
            Flyway.configure().dataSource(old).locations("classpath:db/migration").target("5").load().migrate();
            try (Connection conn = old.getConnection(); Statement sql = conn.createStatement()) {
                for (String name : new String[] {"a", "b"}) {
                    String meta = name.equals("a") ? "{\"permalink\":\"/2013/05/06/a.html\"}" : "{}";
                    sql.execute("INSERT INTO post (slug, source_path, content_hash, title, post_date, draft, reading_time)"
                            + " VALUES ('" + name + "', 'posts/" + name + ".md', 'stored by the old release', 'old " + name
                            + "', DATE '2013-05-06', FALSE, 1)");
                    sql.execute("INSERT INTO post_body (slug, body_markdown, meta_json) VALUES ('" + name + "', 'old', '"
                            + meta + "')");
                }
            }

            site.start();

            HttpResponse redirect = new HttpResponse(site.get("/2013/05/06/a.html"));
            assertThat(redirect.status()).isEqualTo(301);
            assertThat(redirect.location()).isEqualTo("/posts/a");
            assertThat(site.get("/posts/a").body()).contains("a post").doesNotContain("old a");
            assertThat(site.app().lastImport().unchanged()).as("every stored post is read again").isZero();
        }
    }

    private record HttpResponse(int status, String location) {
        HttpResponse(java.net.http.HttpResponse<String> response) {
            this(response.statusCode(), response.headers().firstValue("Location").orElse(""));
        }
    }
}
