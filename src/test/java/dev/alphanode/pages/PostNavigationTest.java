package dev.alphanode.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post page's ways on: previous/next post by date, a table of contents from three headings, the
 * topic as a breadcrumb and tag chips; and the purge a change owes the previous/next links.
 */
class PostNavigationTest {
    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri());
        for (int day = 1; day <= 5; day++) {
            site.write("posts/p" + day + ".md", TestSite.post("post of day " + day, "2025-01-0" + day, "", "Body " + day + "."));
        }
        site.write("posts/draft.md", TestSite.post("a draft", "2025-01-03", "draft: true\n", "Draft."));
        site.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_post_links_to_the_next_older_and_the_next_newer_post() throws Exception {
        String page = site.get("/posts/p3").body();

        assertThat(page).contains("<a class=\"post-nav-older\" rel=\"prev\" href=\"/posts/p2\">")
                .contains("<span class=\"post-nav-title\">post of day 2</span>")
                .contains("<a class=\"post-nav-newer\" rel=\"next\" href=\"/posts/p4\">")
                .contains("<span class=\"post-nav-title\">post of day 4</span>")
                .doesNotContain("/posts/draft");
        assertThat(page.indexOf("class=\"post-nav\"")).as("previous/next follow the article")
                .isGreaterThan(page.indexOf("</article>")).isLessThan(page.indexOf("class=\"post-meta\""));
    }

    @Test
    void the_newest_and_the_oldest_post_have_one_link_each() throws Exception {
        assertThat(site.get("/posts/p5").body()).contains("href=\"/posts/p4\"").doesNotContain("post-nav-newer");
        assertThat(site.get("/posts/p1").body()).contains("class=\"post-nav-newer\" rel=\"next\" href=\"/posts/p2\"")
                .doesNotContain("post-nav-older");
    }

    @Test
    void posts_of_one_day_are_neighbours_in_listing_order() throws Exception {
        site.write("posts/same-a.md", TestSite.post("same day a", "2025-02-01", "", "A."));
        site.write("posts/same-b.md", TestSite.post("same day b", "2025-02-01", "", "B."));
        site.app().sync();

        // The home listing shows same-a before same-b (newest first, then slug): same-a is the newer one.
        assertThat(site.get("/posts/same-a").body()).contains("class=\"post-nav-older\" rel=\"prev\" href=\"/posts/same-b\"");
        assertThat(site.get("/posts/same-b").body()).contains("class=\"post-nav-newer\" rel=\"next\" href=\"/posts/same-a\"")
                .contains("class=\"post-nav-older\" rel=\"prev\" href=\"/posts/p5\"");
    }

    @Test
    void a_new_post_purges_the_previous_next_links_of_exactly_its_neighbours() throws Exception {
        warm();
        Set<String> before = keys();
        // Dated like p2 and slugged after it, the new post lists between p2 and p1.
        site.write("posts/p2b.md", TestSite.post("between one and two", "2025-01-02", "slug: p2z\n", "New."));
        site.app().sync();

        Set<String> purgedNav = postNavKeys(before);
        purgedNav.removeAll(postNavKeys(keys()));
        assertThat(purgedNav).containsExactlyInAnyOrder(navKey("p1"), navKey("p2"));
        assertThat(site.get("/posts/p2").body()).contains("rel=\"prev\" href=\"/posts/p2z\"");
        assertThat(site.get("/posts/p1").body()).contains("rel=\"next\" href=\"/posts/p2z\"");
    }

    @Test
    void retitling_or_removing_a_post_purges_the_links_of_its_neighbours_and_a_body_edit_none() throws Exception {
        warm();
        Set<String> before = keys();
        site.write("posts/p3.md", TestSite.post("post of day 3", "2025-01-03", "", "A longer body for day 3."));
        site.app().sync();
        Set<String> purged = new TreeSet<>(before);
        purged.removeAll(keys());
        assertThat(purged).filteredOn(key -> key.endsWith("}:post-nav")).containsExactly(navKey("p3"));

        warm();
        before = keys();
        site.write("posts/p3.md", TestSite.post("day three, renamed", "2025-01-03", "", "A longer body for day 3."));
        site.app().sync();
        purged = new TreeSet<>(before);
        purged.removeAll(keys());
        assertThat(purged).filteredOn(key -> key.endsWith("}:post-nav"))
                .containsExactlyInAnyOrder(navKey("p2"), navKey("p3"), navKey("p4"));
        assertThat(site.get("/posts/p4").body()).contains("<span class=\"post-nav-title\">day three, renamed</span>");

        warm();
        site.delete("posts/p3.md");
        site.app().sync();
        assertThat(site.get("/posts/p4").body()).contains("rel=\"prev\" href=\"/posts/p2\"");
        assertThat(site.get("/posts/p2").body()).contains("rel=\"next\" href=\"/posts/p4\"");
    }

    @Test
    void a_post_with_three_headings_gets_a_table_of_contents_linking_to_each() throws Exception {
        site.write("posts/long.md", TestSite.post("a long read", "2024-12-01", "",
                "## why this matters\n\nText.\n\n### the <b>small</b> print & more\n\nText.\n\n## final notes\n\nText."));
        site.write("posts/short.md", TestSite.post("a short read", "2024-12-02", "", "## one\n\nText.\n\n## two\n\nText."));
        site.app().sync();

        String page = site.get("/posts/long").body();
        assertThat(page).contains("<nav class=\"toc\" aria-labelledby=\"toc-title\"><h2 id=\"toc-title\">Contents</h2><ol>"
                + "<li class=\"toc-h2\"><a href=\"#why-this-matters\">why this matters</a></li>"
                + "<li class=\"toc-h3\"><a href=\"#the-small-print--more\">the small print &amp; more</a></li>"
                + "<li class=\"toc-h2\"><a href=\"#final-notes\">final notes</a></li></ol></nav>");
        assertThat(page).contains("id=\"why-this-matters\"", "id=\"the-small-print--more\"", "id=\"final-notes\"");
        assertThat(site.get("/posts/short").body()).doesNotContain("class=\"toc\"");
    }

    @Test
    void the_topic_is_a_breadcrumb_and_each_tag_a_chip_linking_to_its_listing() throws Exception {
        site.write("posts/tagged.md", TestSite.post("tagged <post>", "2024-11-01",
                "topic: \"Cache <Invalidation>\"\ntags: [Redis, \"ops & deploys\", redis]\n", "Body."));
        site.app().sync();

        String page = site.get("/posts/tagged").body();
        assertThat(page).contains("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li>"
                + "<li><a href=\"/topics/cache-invalidation\">Cache &lt;Invalidation&gt;</a></li></ol></nav>");
        assertThat(page).contains("<ul class=\"tag-chips\" aria-label=\"Tags\"><li><a rel=\"tag\" href=\"/tags/redis\">Redis</a></li>"
                + "<li><a rel=\"tag\" href=\"/tags/ops-deploys\">ops &amp; deploys</a></li></ul>");
        assertThat(site.get("/tags/ops-deploys").statusCode()).isEqualTo(200);
        assertThat(site.get("/posts/p1").body()).doesNotContain("class=\"breadcrumb\"", "class=\"tag-chips\"");
    }

    private void warm() throws Exception {
        for (int day = 1; day <= 5; day++) {
            site.get("/posts/p" + day);
        }
    }

    private Set<String> keys() {
        return new TreeSet<>(site.app().cache().orElseThrow().redis().keys("anp:*").orElseThrow());
    }

    private Set<String> postNavKeys(Set<String> keys) {
        return keys.stream().filter(key -> key.endsWith("}:post-nav")).collect(Collectors.toCollection(TreeSet::new));
    }

    private String navKey(String slug) {
        return "anp:" + site.app().release() + ":frag:{/posts/" + slug + "}:post-nav";
    }
}
