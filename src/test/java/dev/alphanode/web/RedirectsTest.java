package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old URLs of posts moved from other engines answer 301 to where the post (or a stub's target) is now. */
class RedirectsTest {
    @TempDir
    Path root;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void every_source_key_redirects_its_old_paths_to_the_post() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/jekyll.md", TestSite.post("from jekyll", "2013-05-06",
                    "permalink: /2013/05/06/my-post.html\nredirect_from:\n  - /old/one/\n  - /old/two\n", "J."));
            site.write("posts/single.md", TestSite.post("one redirect_from", "2014-01-01",
                    "redirect_from: /blog/single-string/\n", "S."));
            site.write("posts/hugo.md", "+++\ntitle = \"from hugo\"\ndate = 2022-11-20\nslug = \"moved\"\n"
                    + "url = \"/archive/hugo-post/\"\naliases = [\"/2022/11/static/\", \"/posts/old-static/\"]\n+++\nH.\n");
            site.start();

            assertRedirect(site, "/2013/05/06/my-post.html", "/posts/jekyll");
            assertRedirect(site, "/old/one", "/posts/jekyll");
            assertRedirect(site, "/old/two/", "/posts/jekyll");
            assertRedirect(site, "/blog/single-string/", "/posts/single");
            assertRedirect(site, "/archive/hugo-post/", "/posts/moved");
            assertRedirect(site, "/2022/11/static/", "/posts/moved");
            assertRedirect(site, "/posts/old-static", "/posts/moved");
            assertThat(site.get("/posts/moved").statusCode()).isEqualTo(200);
            assertThat(site.get("/posts/moved").body()).as("the original keys stay shown in the meta box")
                    .contains("aliases", "/2022/11/static/");
        }
    }

    @Test
    void the_hugo_corpus_redirects_its_aliases() throws Exception {
        Path corpus = Path.of(RedirectsTest.class.getResource("/migration/hugo-toml").toURI());
        try (var files = java.nio.file.Files.walk(corpus)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                Path copy = root.resolve("content").resolve(corpus.relativize(file).toString());
                java.nio.file.Files.createDirectories(copy.getParent());
                java.nio.file.Files.copy(file, copy);
            }
        }
        try (TestSite site = new TestSite(root).start()) {
            assertRedirect(site, "/2022/11/static/", "/posts/moving-to-static-sites");
            assertRedirect(site, "/posts/old-static/", "/posts/moving-to-static-sites");
            assertThat(site.get("/posts/moving-to-static-sites").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void an_old_path_answers_in_every_spelling_the_old_site_served_and_only_those() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/a.md", TestSite.post("a post", "2013-05-06",
                    "permalink: /2013/05/06/my-post/\naliases: [\"caf%C3%A9/\", /Notes/Index.html]\n", "A."));
            site.start();

            for (String spelling : new String[] {"/2013/05/06/my-post.html", "/2013/05/06/my-post/",
                "/2013/05/06/my-post/index.html", "/2013/05/06/my-post", "/2013/05/06/my-post/?utm_source=feed",
                "/2013/05/06/my-post.htm", "/café", "/caf%C3%A9/", "/Notes/Index"}) {
                assertRedirect(site, spelling, "/posts/a");
            }
            for (String other : new String[] {"/2013/05/06/My-Post", "/2013/05/06", "/2013/05/06/my-post/extra",
                "/notes/index.html"}) {
                assertThat(site.get(other).statusCode()).as(other).isEqualTo(404);
                assertThat(site.get(other).body()).contains("Page not found");
            }
        }
    }

    @Test
    void a_redirect_stub_sends_its_old_paths_to_its_target_a_site_path_or_a_url() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/new-name.md", TestSite.post("the new name", "2020-01-01", "", "N."));
            site.write("posts/old-name.md", "---\nredirect_to: /posts/new-name\n---\n");
            site.write("posts/gone-elsewhere.md", "---\nredirect: https://example.org/a/ü?x=1\n"
                    + "redirect_from: [/2019/elsewhere.html]\n---\n");
            site.start();

            assertRedirect(site, "/posts/old-name", "/posts/new-name");
            assertRedirect(site, "/posts/old-name/", "/posts/new-name");
            assertRedirect(site, "/2019/elsewhere.html", "https://example.org/a/%C3%BC?x=1");
            assertThat(site.get("/posts/gone-elsewhere").statusCode()).as("a stub with old paths has no own route")
                    .isEqualTo(404);
            assertThat(site.get("/").body()).as("a stub is not a post").doesNotContain("old-name")
                    .contains("the new name");
            assertThat(site.get("/healthz").body()).contains("\"contentErrors\":[]", "\"rejected\":0");
        }
    }

    @Test
    void head_answers_like_get_and_the_metrics_label_is_the_redirect_template() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/a.md", TestSite.post("a post", "2025-01-01", "aliases: [/x/1, /x/2]\n", "A."));
            site.start();

            HttpResponse<String> head = send(site, "HEAD", "/x/1");
            assertThat(head.statusCode()).isEqualTo(301);
            assertThat(head.headers().firstValue("Location")).hasValue("/posts/a");
            assertThat(head.body()).isEmpty();
            assertThat(send(site, "POST", "/x/1").statusCode()).as("only reads are redirected").isEqualTo(404);
            site.get("/x/2");

            assertThat(site.get("/metrics").body())
                    .contains("route=\"(redirect)\",status=\"301\"")
                    .doesNotContain("route=\"/x/1\"", "route=\"/x/2\"");
        }
    }

    @Test
    void locations_are_absolute_under_the_base_url_when_one_is_set() throws Exception {
        try (TestSite site = new TestSite(root).baseUrl(URI.create("https://blog.example.com/site"))) {
            site.write("posts/a.md", TestSite.post("a post", "2025-01-01", "aliases: [/old/a]\n", "A."));
            site.write("posts/stub.md", "---\nredirect_to: /posts/a#part\n---\n");
            site.start();

            assertRedirect(site, "/old/a", "https://blog.example.com/site/posts/a");
            assertRedirect(site, "/posts/stub", "https://blog.example.com/site/posts/a#part");
        }
    }

    @Test
    void a_real_route_is_served_before_any_redirect() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/a.md", TestSite.post("post a", "2025-01-01", "aliases: [/posts/b, /posts/c]\n", "A."));
            site.write("posts/b.md", TestSite.post("post b", "2025-01-02", "", "B."));
            site.start();

            assertThat(site.get("/posts/b").statusCode()).isEqualTo(200);
            assertThat(site.get("/posts/b").body()).contains("post b");
            assertRedirect(site, "/posts/c", "/posts/a");

            site.write("posts/c.md", TestSite.post("post c", "2025-01-03", "", "C."));
            site.app().sync();

            assertThat(site.get("/posts/c").body()).as("a new post takes its route back from a redirect")
                    .contains("post c");
        }
    }

    @Test
    void renaming_removing_and_editing_a_post_change_what_its_old_paths_answer() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/a.md", TestSite.post("a post", "2025-01-01", "slug: first\naliases: [/old/a, /old/b]\n",
                    "A."));
            site.start();
            assertRedirect(site, "/old/a", "/posts/first");

            site.write("posts/a.md", TestSite.post("a post", "2025-01-01",
                    "slug: second\naliases: [/old/a, /old/b, /posts/first]\n", "A."));
            site.app().sync();
            assertRedirect(site, "/old/a", "/posts/second");
            assertRedirect(site, "/posts/first", "/posts/second");

            site.write("posts/a.md", TestSite.post("a post", "2025-01-01", "slug: second\naliases: [/old/b]\n", "A."));
            site.app().sync();
            assertThat(site.get("/old/a").statusCode()).as("an alias taken out of the list").isEqualTo(404);
            assertThat(site.get("/posts/first").statusCode()).isEqualTo(404);
            assertRedirect(site, "/old/b", "/posts/second");

            site.write("posts/a.md", TestSite.post("a post", "2025-01-01",
                    "slug: second\ndraft: true\naliases: [/old/b]\n", "A."));
            site.app().sync();
            assertThat(site.get("/old/b").statusCode()).as("a draft's old paths do not redirect").isEqualTo(404);

            site.write("posts/a.md", TestSite.post("a post", "2025-01-01", "slug: second\naliases: [/old/b]\n", "A."));
            site.app().sync();
            assertRedirect(site, "/old/b", "/posts/second");

            site.delete("posts/a.md");
            site.app().sync();
            assertThat(site.get("/old/b").statusCode()).as("a removed post's old paths").isEqualTo(404);
            site.restart();
            assertThat(site.get("/old/b").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void a_stub_that_changes_breaks_or_goes_answers_as_its_last_good_version_says() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/target.md", TestSite.post("the target", "2020-01-01", "", "T."));
            site.write("posts/other.md", TestSite.post("another", "2020-01-02", "", "O."));
            site.write("posts/old.md", "---\nredirect_to: /posts/target\n---\n");
            site.start();
            assertRedirect(site, "/posts/old", "/posts/target");

            site.write("posts/old.md", "---\nredirect_to: /posts/other\n---\n");
            site.app().sync();
            assertRedirect(site, "/posts/old", "/posts/other");

            site.write("posts/old.md", "---\nredirect_to: \"javascript:alert(1)\"\n---\n");
            site.app().sync();
            assertRedirect(site, "/posts/old", "/posts/other");
            assertThat(site.get("/healthz").body()).contains("posts/old.md:2: invalid redirect target");

            site.write("posts/old.md", TestSite.post("old is a post again", "2020-01-03", "", "Back."));
            site.app().sync();
            assertThat(site.get("/posts/old").body()).contains("old is a post again");

            site.write("posts/old.md", "---\nredirect_to: /posts/target\n---\n");
            site.app().sync();
            assertRedirect(site, "/posts/old", "/posts/target");
            assertThat(site.get("/").body()).as("the post that became a stub left the listing")
                    .doesNotContain("old is a post again");

            site.delete("posts/old.md");
            site.app().sync();
            assertThat(site.get("/posts/old").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void of_two_files_claiming_an_old_path_the_first_in_path_order_redirects_it_until_it_goes() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/b.md", TestSite.post("post b", "2025-01-02", "aliases: [/shared]\n", "B."));
            site.start();
            assertRedirect(site, "/shared", "/posts/b");

            site.write("posts/a.md", TestSite.post("post a", "2025-01-01", "aliases: [/shared/]\n", "A."));
            site.app().sync();
            assertRedirect(site, "/shared", "/posts/a");
            try (TestSite fresh = new TestSite(site.contentDir, root.resolve("fresh-data")).start()) {
                assertRedirect(fresh, "/shared", "/posts/a");
            }

            site.delete("posts/a.md");
            site.app().sync();
            assertRedirect(site, "/shared", "/posts/b");
        }
    }

    @Test
    void a_hostile_old_path_is_refused_and_the_last_good_version_stays() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/a.md", TestSite.post("a post", "2025-01-01", "aliases: [/good]\n", "A."));
            site.start();

            site.write("posts/a.md", TestSite.post("a post", "2025-01-01", "aliases: [/good, //evil.example/x]\n", "A."));
            site.app().sync();

            assertRedirect(site, "/good", "/posts/a");
            assertThat(site.get("//evil.example/x").statusCode()).isEqualTo(404);
            assertThat(site.get("/healthz").body()).contains("posts/a.md:4: invalid old path '//evil.example/x'");
        }
    }

    private void assertRedirect(TestSite site, String path, String location) throws Exception {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as("status of " + path).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).as("Location of " + path).hasValue(location);
    }

    private HttpResponse<String> send(TestSite site, String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + site.app().port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
