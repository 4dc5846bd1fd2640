package dev.alphanode.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Jekyll's categories as a taxonomy with listings and feeds, and the author line as Jekyll and Hugo name authors. */
class CategoriesTest {
    private static final Pattern POST_LINK = Pattern.compile("<a href=\"(/posts/[a-z0-9-]+)\"");

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri());
        site.write("site.yml", "title: \"Categories\"\nposts_per_page: 2\n");
        site.write("posts/a.md", TestSite.post("Tuning the JVM", "2025-01-01", "categories: jvm Performance\n"
                + "author: \"Ada <Lovelace>\"\n", "Alpha."));
        site.write("posts/b.md", TestSite.post("Faster startup", "2025-01-02", "categories: [\"performance\"]\n"
                + "authors: [\"Grace Hopper\", \"Alan Turing\", \"Edsger Dijkstra\"]\n", "Beta."));
        site.write("posts/c.md", TestSite.post("Heap dumps", "2025-01-03", "category: Performance\nby: Barbara\n", "Gamma."));
        site.write("posts/d.md", TestSite.post("A draft", "2025-01-04", "categories: performance\ndraft: true\n", "Draft."));
        site.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_category_lists_its_published_posts_newest_first_in_pages() throws Exception {
        HttpResponse<String> first = site.get("/categories/performance");
        HttpResponse<String> second = site.get("/categories/performance/page/2");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Category: Performance");
        assertThat(postLinks(first.body())).containsExactly("/posts/c", "/posts/b");
        assertThat(postLinks(second.body())).containsExactly("/posts/a");
        assertThat(site.get("/categories/performance/page/3").statusCode()).isEqualTo(404);
        assertThat(postLinks(site.get("/categories/jvm").body())).containsExactly("/posts/a");
    }

    @Test
    void a_category_has_its_own_feed_and_its_pages_are_in_the_sitemap() throws Exception {
        String feed = site.get("/categories/performance/feed.xml").body();
        String sitemap = site.get("/sitemap.xml").body();

        assertThat(feed).contains("<title>Category: Performance · Categories</title>")
                .contains("/posts/c").contains("/posts/b").contains("/posts/a").doesNotContain("/posts/d");
        assertThat(sitemap).contains("<loc>http://localhost:8080/categories/performance</loc>")
                .contains("<loc>http://localhost:8080/categories/performance/page/2</loc>")
                .contains("<loc>http://localhost:8080/categories/jvm</loc>");
    }

    @Test
    void the_meta_box_shows_the_key_as_written_with_each_category_linked() throws Exception {
        String a = site.get("/posts/a").body();
        String c = site.get("/posts/c").body();

        assertThat(a).contains("<dt>categories</dt>").contains("<a href=\"/categories/jvm\">jvm</a>")
                .contains("<a href=\"/categories/performance\">Performance</a>");
        assertThat(c).contains("<dt>category</dt>").contains("<a href=\"/categories/performance\">Performance</a>");
    }

    @Test
    void the_post_page_names_its_authors_escaped_and_joined_for_reading() throws Exception {
        assertThat(site.get("/posts/a").body()).contains("<span class=\"author\">by Ada &lt;Lovelace&gt;</span>");
        assertThat(site.get("/posts/b").body())
                .contains("<span class=\"author\">by Grace Hopper, Alan Turing and Edsger Dijkstra</span>");
        assertThat(site.get("/posts/c").body()).contains("<span class=\"author\">by Barbara</span>");
    }

    @Test
    void feeds_and_json_ld_name_the_same_authors_as_the_author_line() throws Exception {
        String feed = site.get("/feed.xml").body();
        String page = site.get("/posts/b").body();

        assertThat(feed).contains("<author><name>Grace Hopper</name></author><author><name>Alan Turing</name></author>"
                + "<author><name>Edsger Dijkstra</name></author>").contains("<author><name>Barbara</name></author>");
        assertThat(page).contains("\"author\":[{\"@type\":\"Person\",\"name\":\"Grace Hopper\"},"
                + "{\"@type\":\"Person\",\"name\":\"Alan Turing\"},{\"@type\":\"Person\",\"name\":\"Edsger Dijkstra\"}]");
    }

    private static List<String> postLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = POST_LINK.matcher(html.substring(html.indexOf("<main")));
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }
}
