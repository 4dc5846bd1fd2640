package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.App;
import dev.alphanode.TestSite;
import dev.alphanode.config.Config;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operator routes: hidden without a token, closed without the right one, useful with it. */
class AdminTest {
    @TempDir
    Path root;
    TestSite site;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root);
        site.write("posts/a.md", TestSite.post("published", "2025-01-01", "", "Body."));
        site.write("posts/d.md", TestSite.post("a secret draft", "2025-01-02", "draft: true\n", "Draft body."));
        site.write("posts/bad.md", "---\ntitle: \"bad\"\ndate: 2024-13-45\n---\nBad.\n");
        site.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_content_page_lists_drafts_errors_with_file_and_line_and_the_last_import() throws Exception {
        assertThat(site.get("/admin/content").statusCode()).isEqualTo(401);
        var page = site.get("/admin/content", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("a secret draft", "href=\"/posts/d\"",
                "posts/bad.md:3: invalid date &#39;2024-13-45&#39;", "imported", "rejected", "off (ANP_CACHE=off)");
    }

    @Test
    void similar_explanations_show_the_score_parts_of_each_neighbour() throws Exception {
        site.write("posts/b.md", TestSite.post("published too", "2025-01-03", "", "Body."));
        site.app().sync();
        assertThat(site.get("/admin/similar/a").statusCode()).isEqualTo(401);
        var why = site.get("/admin/similar/a", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        assertThat(why.statusCode()).isEqualTo(200);
        assertThat(why.body()).startsWith("{\"slug\":\"a\"").contains("\"neighbours\":[", "\"topic\":", "\"text\":",
                "\"sharedTerms\":");
    }

    @Test
    void the_preview_cookie_lets_a_browser_see_drafts_without_caching_them() throws Exception {
        var wrong = post("/admin/preview", "token=not-the-token-at-all");
        assertThat(wrong.statusCode()).isEqualTo(401);
        var right = post("/admin/preview", "token=" + TestSite.ADMIN_TOKEN);
        assertThat(right.statusCode()).isEqualTo(303);
        String cookie = right.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("anp_preview=").contains("HttpOnly", "SameSite=Strict");
        var draft = site.get("/posts/d", "Cookie", cookie.substring(0, cookie.indexOf(';')));
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("Draft body.");
        assertThat(draft.headers().firstValue("X-Cache")).hasValue("BYPASS");
        assertThat(site.get("/posts/d").statusCode()).isEqualTo(404);
    }

    @Test
    void upload_through_the_site_needs_the_token_and_writes_a_post_the_site_then_serves() throws Exception {
        String post = TestSite.post("uploaded post", "2025-02-02", "", "Uploaded body.");
        var refused = raw("/admin/upload?name=up.md&path=posts", post, Optional.empty());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(Files.exists(site.contentDir.resolve("posts/up.md"))).isFalse();
        var accepted = raw("/admin/upload?name=up.md&path=posts", post, Optional.of(TestSite.ADMIN_TOKEN));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        site.app().sync();
        assertThat(site.get("/posts/up").body()).contains("Uploaded body.");
    }

    @Test
    void admin_routes_do_not_exist_without_a_configured_token() throws Exception {
        site.close();
        App app = App.start(new Config(0, site.contentDir, "jdbc:h2:file:" + site.dataDir.resolve("other"),
                Optional.empty(), false, Optional.empty(), URI.create("http://localhost:8080"), Optional.empty()));
        try {
            for (String path : new String[] {"/admin/content", "/admin/purge", "/admin/upload", "/admin/sync"}) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                        .header("Authorization", "Bearer anything-anything-anything").POST(HttpRequest.BodyPublishers.noBody()).build();
                assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).as(path).isEqualTo(404);
            }
        } finally {
            app.close();
        }
        site.start();
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + site.app().port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> raw(String path, String body, Optional<String> token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + site.app().port() + path))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofString(body));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
