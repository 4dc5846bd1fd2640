package dev.alphanode.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The spellings of one old path, and the paths that can never be one. */
class OldPathTest {

    @Test
    void the_spellings_an_old_site_served_are_one_old_path() {
        for (String spelling : new String[] {"/2013/05/06/my-post.html", "/2013/05/06/my-post/",
            "/2013/05/06/my-post/index.html", "/2013/05/06/my-post/index.htm", "/2013/05/06/my-post",
            "/2013/05/06/my-post.htm", "/2013/05/06/my-post//", "/2013/05/06/my-post.html/",
            "/2013/05/06/my-post/?utm_source=feed", "/2013/05/06/my-post#comments", "/2013/05/06/my%2Dpost"}) {
            assertThat(OldPath.ofRequest(spelling)).as(spelling).contains(new OldPath("/2013/05/06/my-post"));
        }
        assertThat(OldPath.ofRequest("/caf%C3%A9/")).contains(new OldPath("/café"));
        assertThat(OldPath.ofRequest("/Notes")).contains(new OldPath("/Notes"));
    }

    @Test
    void paths_the_site_answers_itself_and_broken_escapes_are_no_old_path() {
        for (String path : new String[] {"/", "/index.html", "/feed.xml", "/page/2", "/tags/x", "/tags/x/feed.xml",
            "/sitemap.xml", "/robots.txt", "/search", "/static/app.css", "/media/a.png", "/admin/content", "/healthz",
            "/metrics", "//evil.example/x", "/a%zz", "/a%C3", "relative"}) {
            assertThat(OldPath.ofRequest(path)).as(path).isEqualTo(Optional.empty());
        }
        assertThat(OldPath.ofRequest("/posts/x")).as("a post route is free until a post holds it")
                .contains(new OldPath("/posts/x"));
        assertThat(new OldPath("/posts/x").postRoute()).contains(new Route.Post("x"));
    }
}
