package dev.alphanode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** X-Cache, Server-Timing, ETag and key names with the fragment cache on a real (embedded) Redis. */
class CacheHeadersTest {
    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri()).withTwoPostsAndADraft().start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_first_request_renders_and_the_second_comes_from_redis_without_the_database() throws Exception {
        HttpResponse<String> first = site.get("/posts/a");
        assertThat(first.headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(first.headers().firstValue("Server-Timing").orElseThrow())
                .matches("db;dur=[0-9.]+;desc=\"[1-9][0-9]* calls\", render;dur=[0-9.]+, cache;dur=[0-9.]+");
        HttpResponse<String> second = site.get("/posts/a");
        assertThat(second.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(second.headers().firstValue("Server-Timing").orElseThrow()).contains("desc=\"0 calls\"");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(site.get("/posts/a", "If-None-Match", first.headers().firstValue("ETag").orElseThrow()).statusCode())
                .isEqualTo(304);
    }

    @Test
    void listing_pages_are_cached_too() throws Exception {
        assertThat(site.get("/").headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(site.get("/").headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(site.get("/tags/x").headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(site.get("/tags/x").headers().firstValue("X-Cache")).hasValue("HIT");
    }

    @Test
    void every_key_is_ours_and_carries_the_release() throws Exception {
        site.get("/");
        site.get("/posts/a");
        var keys = site.app().cache().orElseThrow().redis().keys("*").orElseThrow();
        assertThat(keys).isNotEmpty().allSatisfy(key ->
                assertThat(key).startsWith("anp:" + site.app().release() + ":frag:{"));
        assertThat(keys).contains("anp:" + site.app().release() + ":frag:{/posts/a}:article");
    }

    @Test
    void the_admin_token_bypasses_the_cache_and_previews_drafts() throws Exception {
        assertThat(site.get("/posts/d").statusCode()).isEqualTo(404);
        HttpResponse<String> preview = site.get("/posts/d", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("X-Cache")).hasValue("BYPASS");
        assertThat(preview.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("private"));
        assertThat(preview.body()).contains("Draft body.");
        assertThat(site.get("/posts/d").statusCode()).as("the preview was not cached").isEqualTo(404);
        assertThat(site.get("/posts/d", "Authorization", "Bearer wrong-token-wrong-token").statusCode()).isEqualTo(404);
    }

    @Test
    void admin_purge_needs_the_token_and_reports_the_keys_removed() throws Exception {
        site.get("/posts/a");
        site.get("/posts/b");
        assertThat(site.httpPost("/admin/purge?route=/posts/a").statusCode()).isEqualTo(401);
        HttpResponse<String> purged = site.httpPost("/admin/purge?route=/posts/a", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        assertThat(purged.statusCode()).isEqualTo(200);
        assertThat(purged.body()).isEqualTo("{\"removed\":7,\"scope\":\"/posts/a\"}");
        assertThat(site.get("/posts/a").headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(site.get("/posts/b").headers().firstValue("X-Cache")).hasValue("HIT");
        HttpResponse<String> all = site.httpPost("/admin/purge?all=true", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        assertThat(all.body()).isEqualTo("{\"removed\":14,\"scope\":\"all\"}");
        assertThat(site.httpPost("/admin/purge", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void health_reports_redis() throws Exception {
        assertThat(site.get("/healthz").body()).contains("\"status\":\"ok\"", "\"redis\":\"up\"",
                "\"release\":\"" + site.app().release() + "\"");
    }
}
