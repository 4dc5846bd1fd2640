package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.Await;
import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a CDN or Varnish in front reads off each response: Surrogate-Key / Cache-Tag naming the
 * route, its listing and the posts it shows, and how long it may keep the page (site.yml), the
 * same from Javalin and from a near-cache hit.
 */
class EdgeHeadersTest {
    static final String EDGE = "public, max-age=0, must-revalidate, s-maxage=600, stale-while-revalidate=30";

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri());
        site.write("site.yml", "title: Edge\nedge_max_age: 600\nedge_stale_while_revalidate: 30\n");
        for (int i = 1; i <= 12; i++) {
            String n = String.format("%02d", i);
            site.write("posts/p" + n + ".md", TestSite.post("post " + n, "2025-04-" + n,
                    "tags: [" + (i % 2 == 0 ? "even" : "odd") + "]\n", "Body of post " + n + " about caching."));
        }
        site.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_home_page_names_itself_its_listing_and_the_ten_posts_it_lists() throws Exception {
        HttpResponse<String> home = site.get("/");
        List<String> expected = new ArrayList<>(List.of("site", "/", "listing:/"));
        for (int i = 12; i >= 3; i--) {
            expected.add("post:p" + String.format("%02d", i));
        }
        assertThat(surrogateKeys(home)).containsExactlyElementsOf(expected);
        assertThat(home.headers().firstValue("Cache-Tag")).hasValue(String.join(",", expected));
        assertThat(surrogateKeys(site.get("/page/2"))).containsExactly("site", "/page/2", "listing:/", "post:p02", "post:p01");
        assertThat(surrogateKeys(site.get("/tags/even"))).startsWith("site", "/tags/even", "listing:/tags/even")
                .contains("post:p12", "post:p02").doesNotContain("post:p11");
    }

    @Test
    void the_edge_may_keep_pages_for_edge_max_age_and_browsers_still_revalidate() throws Exception {
        for (String path : List.of("/", "/posts/p01", "/tags/odd", "/feed.xml", "/sitemap.xml", "/robots.txt")) {
            assertThat(site.get(path).headers().firstValue("Cache-Control")).as(path).hasValue(EDGE);
        }
        site.write("site.yml", "title: Edge\nedge_max_age: 0\n");
        site.app().sync();
        assertThat(site.get("/posts/p01").headers().firstValue("Cache-Control"))
                .as("edge_max_age 0: as before, no s-maxage").hasValue("public, max-age=0, must-revalidate");
    }

    @Test
    void a_near_hit_and_a_304_carry_the_keys_and_lifetime_of_the_render_before_them() throws Exception {
        HttpResponse<String> miss = site.get("/posts/p05");
        assertThat(miss.headers().firstValue("X-Cache")).hasValue("MISS");
        long before = site.app().web().nearHitsAnswered();
        HttpResponse<String> hit = Await.until(Duration.ofSeconds(5), "NearHits answering /posts/p05",
                () -> site.get("/posts/p05"), response -> site.app().web().nearHitsAnswered() > before,
                response -> response.headers().map().toString());
        for (String header : List.of("Surrogate-Key", "Cache-Tag", "Cache-Control")) {
            assertThat(hit.headers().firstValue(header)).as(header).isPresent().isEqualTo(miss.headers().firstValue(header));
        }
        HttpResponse<String> notModified = site.get("/posts/p05", "If-None-Match", miss.headers().firstValue("ETag").orElseThrow());
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().firstValue("Surrogate-Key")).isEqualTo(miss.headers().firstValue("Surrogate-Key"));
        assertThat(notModified.headers().firstValue("Cache-Control")).hasValue(EDGE);
    }

    @Test
    void a_post_page_names_its_post_its_neighbours_and_its_similar_posts() throws Exception {
        HttpResponse<String> page = site.get("/posts/p05");
        List<String> keys = surrogateKeys(page);
        assertThat(keys).startsWith("site", "/posts/p05", "post:p05").contains("post:p04", "post:p06");
        Matcher similar = Pattern.compile("(?s)<section id=\"similar-posts\".*?</section>").matcher(page.body());
        assertThat(similar.find()).isTrue();
        Matcher link = Pattern.compile("href=\"/posts/([a-z0-9-]+)\"").matcher(similar.group());
        int shown = 0;
        while (link.find()) {
            assertThat(keys).contains("post:" + link.group(1));
            shown++;
        }
        assertThat(shown).as("similar posts shown").isPositive();
        assertThat(keys).doesNotHaveDuplicates().noneMatch(key -> key.startsWith("listing:"));
    }

    @Test
    void feeds_name_their_listing_and_entries_and_the_sitemap_names_every_post_by_the_home_listing() throws Exception {
        List<String> feed = surrogateKeys(site.get("/feed.xml"));
        assertThat(feed).startsWith("site", "/feed.xml", "listing:/").contains("post:p12", "post:p01").hasSize(15);
        assertThat(surrogateKeys(site.get("/tags/odd/feed.xml"))).startsWith("site", "/tags/odd/feed.xml", "listing:/tags/odd")
                .contains("post:p11").doesNotContain("post:p12");
        assertThat(surrogateKeys(site.get("/sitemap.xml"))).containsExactly("site", "/sitemap.xml", "listing:/");
        assertThat(surrogateKeys(site.get("/robots.txt"))).containsExactly("site", "/robots.txt");
    }

    @Test
    void search_pages_redirects_previews_and_missing_pages_are_not_for_the_edge() throws Exception {
        HttpResponse<String> search = site.get("/search?q=caching");
        assertThat(search.statusCode()).isEqualTo(200);
        HttpResponse<String> redirect = site.get("/page/1");
        assertThat(redirect.statusCode()).isEqualTo(301);
        HttpResponse<String> preview = site.get("/posts/p01", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        HttpResponse<String> missing = site.get("/posts/nope");
        for (HttpResponse<String> response : List.of(search, redirect, preview, missing)) {
            assertThat(response.headers().firstValue("Surrogate-Key")).as(response.uri().toString()).isEmpty();
            assertThat(response.headers().firstValue("Cache-Tag")).as(response.uri().toString()).isEmpty();
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(response.uri().toString())
                    .doesNotContain("s-maxage");
        }
    }

    static List<String> surrogateKeys(HttpResponse<String> response) {
        String value = response.headers().firstValue("Surrogate-Key").orElseThrow(
                () -> new AssertionError("no Surrogate-Key on " + response.uri() + ": " + response.headers().map()));
        Set<String> unique = new LinkedHashSet<>(Arrays.asList(value.split(" ")));
        assertThat(unique).as("keys of " + response.uri()).hasSize(value.split(" ").length);
        return List.copyOf(unique);
    }
}
