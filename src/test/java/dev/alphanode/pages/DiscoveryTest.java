package dev.alphanode.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** How readers, feed readers and crawlers find posts: search, Atom feeds, the sitemap, robots.txt and link metadata. */
class DiscoveryTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String BASE = "http://localhost:8080";

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri());
        site.write("site.yml", "title: \"Discovery\"\nrobots_disallow: [\"/admin/\", \"/search\"]\n");
        site.write("posts/title.md", TestSite.post("Eviction policies explained", "2025-03-01",
                "slug: eviction-title\ntopic: \"caching\"\ntags: [\"redis\"]\nsummary: \"when keys leave\"\n"
                        + "author: \"Ada Lovelace\"\nimages:\n  - url: \"/media/evict.png\"\n",
                "A post about memory limits."));
        site.write("posts/body.md", TestSite.post("Memory limits", "2025-03-02", "slug: eviction-body\ntags: [\"redis\"]\n",
                "Somewhere deep in this body the word eviction appears once."));
        site.write("posts/stem.md", TestSite.post("Keeping pages fast", "2025-03-03", "slug: stems\n",
                "We cache rendered fragments in Redis."));
        site.write("posts/secret.md", TestSite.post("Unreleased eviction secrets", "2025-03-04",
                "slug: secret\ndraft: true\ntags: [\"redis\"]\n", "A draft about eviction and caching."));
        site.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void search_ranks_a_title_match_above_a_body_only_match() throws Exception {
        List<String> hits = hits(search("eviction"));

        assertThat(hits).containsExactly("/posts/eviction-title", "/posts/eviction-body");
    }

    @Test
    void search_finds_stemmed_forms_and_marks_them_in_the_snippet() throws Exception {
        String page = search("caching");

        assertThat(hits(page)).contains("/posts/stems");
        assertThat(page).contains("<mark>cache</mark>");
    }

    @Test
    void a_script_query_is_echoed_escaped_and_never_runs() throws Exception {
        String page = search("<script>alert(1)</script>");

        assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void hostile_and_lucene_syntax_queries_never_give_an_error_page() throws Exception {
        List<String> queries = new ArrayList<>(List.of("\"", "*", ":", "(", "AND", "eviction AND", "title:(", "\\",
                "a".repeat(10_000), "eviction\u0000"));
        for (String query : queries) {
            HttpResponse<String> response = site.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as("query " + query.substring(0, Math.min(query.length(), 20)))
                    .isEqualTo(200);
            assertThat(response.body()).contains("<form class=\"search-form\"");
        }
        HttpResponse<String> nul = site.get("/search?q=%00");
        assertThat(nul.statusCode()).isEqualTo(200);
        assertThat(site.get("/search?q=" + "a".repeat(10_000)).body())
                .contains("Your search was shortened to its first 200 characters.");
    }

    @Test
    void an_empty_query_shows_the_form_and_no_results_say_what_to_try() throws Exception {
        assertThat(site.get("/search").body()).contains("<label for=\"search-q\">Search posts</label>")
                .doesNotContain("posts found");
        assertThat(search("zyzzyva")).contains("No posts match <q>zyzzyva</q>.", "try fewer or more general words");
    }

    @Test
    void drafts_never_appear_in_search_feeds_or_the_sitemap() throws Exception {
        assertThat(hits(search("unreleased secrets"))).isEmpty();
        assertThat(site.get("/feed.xml").body()).doesNotContain("secret");
        assertThat(site.get("/tags/redis/feed.xml").body()).doesNotContain("secret");
        assertThat(site.get("/sitemap.xml").body()).doesNotContain("secret");
    }

    @Test
    void the_feed_is_atom_with_absolute_links_and_a_feed_per_listing() throws Exception {
        HttpResponse<String> response = site.get("/feed.xml");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=utf-8");
        Document feed = xml(response.body());

        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(text(root, "id")).isEqualTo(BASE + "/feed.xml");
        assertThat(text(root, "title")).isEqualTo("Discovery");
        assertThat(text(root, "updated")).isEqualTo("2025-03-03T00:00:00Z");
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        Element newest = (Element) entries.item(0);
        assertThat(text(newest, "id")).isEqualTo(BASE + "/posts/stems");
        assertThat(text(newest, "updated")).isEqualTo("2025-03-03T00:00:00Z");
        assertThat(text(newest, "content")).contains("<p>We cache rendered fragments in Redis.</p>");
        for (String href : attributes(response.body(), "href")) {
            assertThat(href).startsWith(BASE + "/");
        }
        Element titled = (Element) entries.item(2);
        assertThat(text(titled, "summary")).isEqualTo("when keys leave");
        assertThat(((Element) titled.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"))
                .isEqualTo("caching");

        Document tagFeed = xml(site.get("/tags/redis/feed.xml").body());
        assertThat(tagFeed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(2);
        assertThat(site.get("/tags/no-such-tag/feed.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/tags/redis").body())
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Tag: redis · Discovery\""
                        + " href=\"/tags/redis/feed.xml\">");
        assertThat(site.get("/").body())
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Discovery\" href=\"/feed.xml\">");
    }

    @Test
    void the_sitemap_lists_every_published_post_and_listing_page_and_robots_names_it() throws Exception {
        Document sitemap = xml(site.get("/sitemap.xml").body());

        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAPS);
        List<String> locs = new ArrayList<>();
        NodeList urls = sitemap.getDocumentElement().getElementsByTagNameNS(SITEMAPS, "loc");
        for (int i = 0; i < urls.getLength(); i++) {
            locs.add(urls.item(i).getTextContent());
        }
        assertThat(locs).contains(BASE + "/", BASE + "/posts/eviction-title", BASE + "/posts/eviction-body",
                BASE + "/posts/stems", BASE + "/tags/redis", BASE + "/topics/caching");
        assertThat(locs).noneMatch(loc -> loc.contains("secret"));
        assertThat(site.get("/sitemap.xml").body()).contains("<lastmod>2025-03-01</lastmod>");
        assertThat(site.get("/robots.txt").body()).isEqualTo("User-agent: *\nDisallow: /admin/\nDisallow: /search\n\n"
                + "Sitemap: " + BASE + "/sitemap.xml\n");
    }

    @Test
    void a_post_carries_link_metadata_and_json_ld() throws Exception {
        String page = site.get("/posts/eviction-title").body();

        assertThat(page).contains("<link rel=\"canonical\" href=\"" + BASE + "/posts/eviction-title\">",
                "<meta name=\"description\" content=\"when keys leave\">",
                "<meta property=\"og:type\" content=\"article\">",
                "<meta property=\"og:image\" content=\"" + BASE + "/media/evict.png\">",
                "<meta name=\"twitter:card\" content=\"summary_large_image\">");
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertThat(script.find()).isTrue();
        JsonNode json = new ObjectMapper().readTree(script.group(1));
        assertThat(json.get("@type").asText()).isEqualTo("BlogPosting");
        assertThat(json.get("headline").asText()).isEqualTo("Eviction policies explained");
        assertThat(json.get("datePublished").asText()).isEqualTo("2025-03-01T00:00:00Z");
        assertThat(json.get("dateModified").asText()).isEqualTo("2025-03-01T00:00:00Z");
        assertThat(json.get("keywords").toString()).isEqualTo("[\"caching\",\"redis\"]");
        assertThat(json.get("author").get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(json.get("image").asText()).isEqualTo(BASE + "/media/evict.png");

        JsonNode home = new ObjectMapper().readTree(jsonLd(site.get("/").body()));
        assertThat(home.get("@type").asText()).isEqualTo("WebSite");
        assertThat(home.get("potentialAction").get("target").asText()).isEqualTo(BASE + "/search?q={search_term_string}");
    }

    @Test
    void feeds_the_sitemap_and_searches_are_cached_and_fresh_after_an_edit() throws Exception {
        for (String path : List.of("/feed.xml", "/sitemap.xml", "/search?q=eviction", "/robots.txt")) {
            site.get(path);
            assertThat(site.get(path).headers().firstValue("X-Cache")).as(path).hasValue("HIT");
        }
        String admin = site.get("/admin/content", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN).body();
        assertThat(admin).contains("<dt>/feed.xml</dt><dd>cached</dd>", "<dt>/sitemap.xml</dt><dd>cached</dd>",
                "<dt>searches</dt><dd>cached per query under the published-content fingerprint");
        site.write("posts/new.md", TestSite.post("Eviction in production", "2025-04-01", "slug: fresh-post\n", "New."));
        site.app().sync();

        assertThat(site.get("/feed.xml").body()).contains(BASE + "/posts/fresh-post");
        assertThat(site.get("/sitemap.xml").body()).contains(BASE + "/posts/fresh-post");
        assertThat(hits(search("eviction"))).contains("/posts/fresh-post");
        assertThat(site.get("/robots.txt").headers().firstValue("X-Cache")).hasValue("HIT");
    }

    private String search(String query) throws Exception {
        HttpResponse<String> response = site.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The post links of a results page, best first. */
    private static List<String> hits(String page) {
        List<String> hits = new ArrayList<>();
        Matcher hit = Pattern.compile("<li class=\"search-hit\">\\s*<h2 class=\"post-card-title\"><a href=\"([^\"]+)\"")
                .matcher(page);
        while (hit.find()) {
            hits.add(hit.group(1));
        }
        return hits;
    }

    private static String jsonLd(String page) {
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertThat(script.find()).as("JSON-LD in the page").isTrue();
        return script.group(1);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        assertThat(nodes.getLength()).as("<" + name + "> in <" + parent.getLocalName() + ">").isGreaterThan(0);
        return nodes.item(0).getTextContent();
    }

    private static List<String> attributes(String xml, String name) {
        List<String> values = new ArrayList<>();
        Matcher attribute = Pattern.compile(name + "=\"([^\"]*)\"").matcher(xml);
        while (attribute.find()) {
            values.add(attribute.group(1));
        }
        return values;
    }
}
