package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site over real HTTP: every route, the meta box, escaping, drafts, pagination and error pages. */
class SiteTest {
    static final String FULL_POST = """
            ---
            title: "field notes on debugging cache invalidation for redis caching"
            date: 2025-03-14
            slug: debugging-cache-invalidation
            topic: "debugging cache invalidation"
            summary: "this ai-style technical summary explains debugging cache invalidation"
            outline:
              context: "for long term maintenance"
              problem: "debugging cache invalidation"
              stack: "redis caching"
              recommended_action: "measure first, change carefully, document the result"
            brief: "the article is written like a careful ai generated engineering draft"
            stack: ["redis caching", "database", "text"]
            tools: ["redis", "ttl", "cache keys"]
            tags: ["caching", "performance"]
            code_language: "text"
            difficulty: advanced
            reading_time: 13
            view_count: 786239
            score:
              quality: 81
              freshness: 90
              depth: 70
              clarity: 93
            revision:
              status: "expanded"
              version: "1.4.5"
              last_reviewed: 2026-07-01
            reference: "anp-ref-018394-7420"
            hash: "24ceb1eb0852b55b00b6e1a2"
            flags:
              ai_generated_style: 1
              needs_human_review: 0
            checklist: ["run linting", "run unit tests"]
            entities:
              - {name: "redis caching", type: stack}
              - {name: "database", type: area}
            images:
              - {source: "placehold.co", url: "https://placehold.co/1200x630/png", caption: "visual reference 1"}
            payload:
              source_id: "alphanode-018394"
              nested:
                depth: 2
            notes: ["sanitized array meta is expected to render as a list"]
            mood: "curious"
            ---
            ## why this matters

            Measure before you change anything.

            ```java
            var x = cache.get("key");
            ```

            | step | owner |
            |------|-------|
            | purge | ops |

            ~~old advice~~ and https://example.com/docs
            """;

    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root);
        site.write("site.yml", "title: \"Test Site\"\nposts_per_page: 2\nsimilar_posts: 5\n");
        site.write("posts/redis/full.md", FULL_POST);
        site.write("posts/redis/sibling.md", TestSite.post("cache keys that survive deploys", "2025-01-02",
                "topic: \"debugging cache invalidation\"\nstack: [\"redis caching\"]\ntags: [caching]\n", "Body."));
        site.write("posts/redis/newer.md", TestSite.post("a newer redis note", "2026-02-01",
                "stack: [\"redis caching\"]\ntags: [caching]\n", "Newer body."));
        site.write("posts/other/unrelated.md", TestSite.post("styling forms", "2024-05-05",
                "topic: \"css layout\"\nstack: [\"react frontends\"]\n", "Forms."));
        site.write("posts/redis/secret.md", TestSite.post("secret draft about redis", "2026-03-01",
                "draft: true\ntopic: \"debugging cache invalidation\"\nstack: [\"redis caching\"]\ntags: [caching]\n",
                "Not yet."));
        site.write("media/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"></svg>\n");
        site.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void the_home_page_lists_the_newest_published_posts() throws Exception {
        HttpResponse<String> home = site.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(home.body()).contains("<!DOCTYPE html>", "Test Site", "href=\"/posts/newer\"",
                "href=\"/posts/debugging-cache-invalidation\"", "href=\"/page/2\"");
        assertThat(home.body().indexOf("/posts/newer")).isLessThan(home.body().indexOf("/posts/debugging-cache-invalidation"));
        assertThat(home.body()).doesNotContain("/posts/sibling");
    }

    @Test
    void pagination_pages_exist_only_within_bounds() throws Exception {
        assertThat(site.get("/page/2").body()).contains("/posts/sibling", "/posts/unrelated");
        assertThat(site.get("/page/2").body()).doesNotContain("href=\"/page/3\"");
        assertThat(site.get("/page/0").statusCode()).isEqualTo(404);
        assertThat(site.get("/page/3").statusCode()).isEqualTo(404);
        assertThat(site.get("/page/999").statusCode()).isEqualTo(404);
        assertThat(site.get("/page/abc").statusCode()).isEqualTo(404);
        HttpResponse<String> first = site.get("/page/1");
        assertThat(first.statusCode()).isEqualTo(301);
        assertThat(first.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void a_post_page_shows_article_meta_box_and_similar_posts() throws Exception {
        HttpResponse<String> page = site.get("/posts/debugging-cache-invalidation");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<article", "field notes on debugging cache invalidation for redis caching",
                "datetime=\"2025-03-14\"", "13 min read");
        assertThat(html).contains("<h2 id=\"why-this-matters\"", "class=\"language-java\"", "<table",
                "<del>old advice</del>", "href=\"https://example.com/docs\"");
        assertThat(html).contains("<aside class=\"post-meta\"", "<section id=\"similar-posts\"");
    }

    @Test
    void the_meta_box_shows_every_field_with_lists_as_lists_and_maps_nested() throws Exception {
        String html = site.get("/posts/debugging-cache-invalidation").body();
        String meta = html.substring(html.indexOf("<aside class=\"post-meta\""), html.indexOf("</aside>"));
        assertThat(meta).contains("ai outline", "ai brief", "code language", "difficulty", "reading time",
                "view count", "score", "revision", "reference", "hash", "flags", "checklist", "entities",
                "image sources", "payload", "notes");
        assertThat(meta).contains("786239", "anp-ref-018394-7420", "24ceb1eb0852b55b00b6e1a2", "last reviewed",
                "2026-07-01", "recommended action", "ai generated style", "source id", "depth");
        assertThat(meta).containsPattern("<ul[^>]*>\\s*<li[^>]*>\\s*<a href=\"/stacks/redis-caching\"");
        assertThat(meta).containsPattern("(?s)<ul[^>]*>\\s*<li[^>]*>.*run linting.*</li>\\s*<li[^>]*>.*run unit tests");
        assertThat(meta).containsPattern("(?s)<ul[^>]*>\\s*<li[^>]*>\\s*<ul[^>]*>.*redis caching.*stack.*</ul>");
        assertThat(meta).containsPattern("(?s)nested.*<ul[^>]*>.*depth.*2");
        assertThat(meta).contains("href=\"/topics/debugging-cache-invalidation\"", "href=\"/tags/caching\"");
    }

    @Test
    void unknown_front_matter_fields_are_shown() throws Exception {
        String html = site.get("/posts/debugging-cache-invalidation").body();
        assertThat(html).contains("mood", "curious");
    }

    @Test
    void similar_posts_link_related_posts_in_both_directions_in_time_without_drafts_or_itself() throws Exception {
        String html = site.get("/posts/debugging-cache-invalidation").body();
        String similar = html.substring(html.indexOf("<section id=\"similar-posts\""));
        similar = similar.substring(0, similar.indexOf("</section>"));
        assertThat(similar).contains("href=\"/posts/sibling\"", "href=\"/posts/newer\"");
        assertThat(similar.indexOf("/posts/sibling")).isLessThan(similar.indexOf("/posts/newer"));
        assertThat(similar).doesNotContain("/posts/secret", "/posts/debugging-cache-invalidation", "/posts/unrelated");
    }

    @Test
    void drafts_are_neither_listed_nor_served() throws Exception {
        assertThat(site.get("/posts/secret").statusCode()).isEqualTo(404);
        assertThat(site.get("/").body()).doesNotContain("secret draft");
        assertThat(site.get("/topics/debugging-cache-invalidation").body()).doesNotContain("secret draft");
        assertThat(site.get("/tags/caching").body()).doesNotContain("secret draft");
    }

    @Test
    void taxonomy_pages_list_their_posts_and_unknown_terms_are_404() throws Exception {
        HttpResponse<String> topic = site.get("/topics/debugging-cache-invalidation");
        assertThat(topic.statusCode()).isEqualTo(200);
        assertThat(topic.body()).contains("debugging cache invalidation", "/posts/debugging-cache-invalidation",
                "/posts/sibling").doesNotContain("/posts/unrelated");
        HttpResponse<String> stack = site.get("/stacks/redis-caching");
        assertThat(stack.body()).contains("/posts/newer", "/posts/debugging-cache-invalidation", "href=\"/stacks/redis-caching/page/2\"");
        assertThat(site.get("/stacks/redis-caching/page/2").body()).contains("/posts/sibling");
        assertThat(site.get("/stacks/redis-caching/page/3").statusCode()).isEqualTo(404);
        assertThat(site.get("/tags/caching").body()).contains("/posts/newer", "/posts/debugging-cache-invalidation");
        assertThat(site.get("/tags/caching/page/2").body()).contains("/posts/sibling");
        assertThat(site.get("/topics/nothing-here").statusCode()).isEqualTo(404);
        assertThat(site.get("/stacks/Bad_Slug").statusCode()).isEqualTo(404);
    }

    @Test
    void unknown_routes_get_the_rendered_404_page_without_internals() throws Exception {
        for (String path : new String[] {"/nope", "/posts/missing", "/posts/UPPER", "/static/nothing.css", "/media/none.png"}) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("<!DOCTYPE html>", "Page not found", "href=\"/\"")
                    .doesNotContain("Exception", "at dev.alphanode");
        }
    }

    @Test
    void static_files_and_media_are_served_with_validators() throws Exception {
        HttpResponse<String> css = site.get("/static/css/site.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/css"));
        HttpResponse<String> svg = site.get("/media/diagram.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        String etag = svg.headers().firstValue("ETag").orElseThrow();
        assertThat(site.get("/media/diagram.svg", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(site.get("/media/../site.yml").statusCode()).isEqualTo(404);
        assertThat(site.get("/media/%2e%2e/site.yml").statusCode()).isEqualTo(404);
    }

    @Test
    void html_pages_carry_an_etag_and_answer_304_when_unchanged() throws Exception {
        HttpResponse<String> first = site.get("/posts/debugging-cache-invalidation");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).isPresent();
        HttpResponse<String> again = site.get("/posts/debugging-cache-invalidation", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void security_headers_are_on_html_static_and_error_responses() throws Exception {
        for (String path : new String[] {"/", "/static/css/site.css", "/nope", "/media/diagram.svg", "/healthz"}) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).isPresent();
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void rendering_the_same_post_twice_is_byte_identical() throws Exception {
        String first = site.get("/posts/debugging-cache-invalidation").body();
        String second = site.get("/posts/debugging-cache-invalidation").body();
        assertThat(second).isEqualTo(first);
        site.restart();
        assertThat(site.get("/posts/debugging-cache-invalidation").body()).isEqualTo(first);
    }

    @Test
    void health_reports_the_database_and_post_count() throws Exception {
        HttpResponse<String> health = site.get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/json"));
        assertThat(health.body()).contains("\"status\":\"ok\"", "\"db\":\"up\"", "\"posts\":4", "\"contentErrors\":[]");
    }
}
