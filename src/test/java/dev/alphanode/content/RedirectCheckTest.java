package dev.alphanode.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} names every old path the site will not redirect as its file asks, at its line. */
class RedirectCheckTest {
    @TempDir
    Path root;

    @Test
    void conflicts_between_files_are_errors_naming_the_file_that_keeps_the_old_path() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/a.md", TestSite.post("post a", "2025-01-01", "aliases:\n  - /shared/\n  - /posts/b\n", "A."));
            site.write("posts/b.md", TestSite.post("post b", "2025-01-02", "redirect_from: /shared.html\n", "B."));
            site.write("posts/c.md", "---\nredirect_to: https://example.org/\nredirect_from: [/shared/index.html]\n---\n");
            site.write("posts/d.md", TestSite.post("a draft", "2025-01-03", "draft: true\naliases: [/shared]\n", "D."));

            assertThat(problems(site)).containsExactly(
                    "posts/a.md:6: old path '/posts/b' is the route of the post in posts/b.md"
                            + " (expected a path no page of the site answers; the post is served there)",
                    "posts/b.md:4: old path '/shared' is already redirected by posts/a.md"
                            + " (expected each old path in one file; the first file in path order redirects it)",
                    "posts/c.md:3: old path '/shared' is already redirected by posts/a.md"
                            + " (expected each old path in one file; the first file in path order redirects it)");
        }
    }

    @Test
    void hostile_old_paths_are_errors_at_their_line() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/a.md", TestSite.post("post a", "2025-01-01", "aliases:\n"
                    + "  - \"javascript:alert(1)\"\n"
                    + "  - //evil.example/x\n"
                    + "  - \"/a\\r\\nSet-Cookie: x=1\"\n"
                    + "  - /feed.xml\n"
                    + "  - /static/app.css\n"
                    + "  - /admin/content\n"
                    + "  - /tags/x/\n"
                    + "  - /a/../admin\n"
                    + "  - /" + "x".repeat(2_000) + "\n"
                    + "  - {path: /a}\n", "A."));

            assertThat(problems(site)).containsExactly(
                    "posts/a.md:5: invalid old path 'javascript:alert(1)' in 'aliases': a 'javascript:' link"
                            + " (expected a site path such as /2013/05/06/my-post.html)",
                    "posts/a.md:6: invalid old path '//evil.example/x' in 'aliases': '//' starts a link to another host"
                            + " (expected a site path such as /2013/05/06/my-post.html)",
                    "posts/a.md:7: invalid old path '/a?\\nSet-Cookie: x=1' in 'aliases': it holds a line break or a"
                            + " control character (expected a site path such as /2013/05/06/my-post.html)",
                    "posts/a.md:8: invalid old path '/feed.xml' in 'aliases': it would hide the route /feed.xml"
                            + " (expected a site path such as /2013/05/06/my-post.html)",
                    "posts/a.md:9: invalid old path '/static/app.css' in 'aliases': it would hide the site's /static/"
                            + " paths (expected a site path such as /2013/05/06/my-post.html)",
                    "posts/a.md:10: invalid old path '/admin/content' in 'aliases': it would hide the site's /admin/"
                            + " paths (expected a site path such as /2013/05/06/my-post.html)",
                    "posts/a.md:11: invalid old path '/tags/x/' in 'aliases': it would hide the route /tags/{slug}"
                            + " (expected a site path such as /2013/05/06/my-post.html)",
                    "posts/a.md:12: invalid old path '/a/../admin' in 'aliases': '.' and '..' segments are not allowed"
                            + " (expected a site path such as /2013/05/06/my-post.html)",
                    "posts/a.md:13: an old path in 'aliases' is 2001 characters (expected at most 2000 characters)",
                    "posts/a.md:14: an old path in 'aliases' must be a path, got a map"
                            + " (expected a site path such as /2013/05/06/my-post.html)");
        }
    }

    @Test
    void whole_urls_and_unknown_placeholders_are_warnings_and_the_post_is_served() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/a.md", TestSite.post("post a", "2025-01-01",
                    "url: https://old.example.com/a/\npermalink: /:year/:bogus/:title/\n", "A."));
            site.write("posts/b.md", TestSite.post("post b", "2025-01-01", "url: /:year/:title/\n", "B."));

            String expanded = " ':name' placeholders are expanded only in a post's 'permalink', and only these: "
                    + Permalinks.known() + " (expected a literal path such as /2013/05/06/my-post.html)";
            assertThat(problems(site)).containsExactly(
                    "posts/a.md:4: warning: old path 'https://old.example.com/a/' in 'url' is not redirected:"
                            + " it is a whole URL (expected a site path such as /2013/05/06/my-post.html)",
                    "posts/a.md:5: warning: old path '/:year/:bogus/:title/' in 'permalink' is not redirected:"
                            + expanded,
                    "posts/b.md:4: warning: old path '/:year/:title/' in 'url' is not redirected:" + expanded);
            site.start();
            assertThat(site.get("/posts/a").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_broken_redirect_stub_says_what_is_wrong() throws Exception {
        try (TestSite site = new TestSite(root)) {
            site.write("posts/both.md", "---\nredirect: /posts/x\nredirect_to: /posts/y\n---\n");
            site.write("posts/loop.md", "---\nredirect_to: /posts/loop/\n---\n");
            site.write("posts/relative.md", "---\nredirect_to: posts/x\nlayout: redirect\n---\n");
            site.write("posts/script.md", "---\nredirect_to: \"javascript:alert(1)\"\n---\n");
            site.write("posts/titled.md", TestSite.post("a post", "2025-01-01", "redirect_to: /posts/x\n", "T."));

            assertThat(problems(site)).containsExactly(
                    "posts/both.md:3: both 'redirect' and 'redirect_to' are given (expected one redirect target per stub)",
                    "posts/loop.md:2: invalid redirect target '/posts/loop/' in 'redirect_to': it is the stub's own old"
                            + " path, a redirect loop (expected a site path such as /posts/new-name, or an http(s) URL)",
                    "posts/relative.md:2: invalid redirect target 'posts/x' in 'redirect_to': a relative path"
                            + " (expected a site path such as /posts/new-name, or an http(s) URL)",
                    "posts/relative.md:3: warning: 'layout' is ignored in a redirect stub (expected only 'redirect_to'"
                            + " and old paths: permalink, url, aliases, redirect_from)",
                    "posts/script.md:2: invalid redirect target 'javascript:alert(1)' in 'redirect_to': a 'javascript:'"
                            + " link (expected a site path such as /posts/new-name, or an http(s) URL)",
                    "posts/titled.md:4: warning: 'redirect_to' is shown but not followed in a post (expected a"
                            + " redirect stub: a file with 'redirect_to' and its old paths, without title and date)");
        }
    }

    private static java.util.List<String> problems(TestSite site) throws Exception {
        return ContentCheck.check(site.contentDir).problems().stream().map(ContentProblem::toString).toList();
    }
}
