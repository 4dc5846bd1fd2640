package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.Await;
import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import dev.alphanode.cache.FragmentCache;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-cache hits answered by {@link NearHits}, ahead of Javalin: same headers, same bytes, same
 * log and metrics as the Javalin path, and never for previews, misses or stale pages.
 */
class NearHitsTest {
    /** Headers that legitimately differ between two responses of the same page. */

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri()).withTwoPostsAndADraft().start();
        settle();
    }

    /**
     * Waits out start-up: a Redis connection that comes late (a busy machine) subscribes to purges,
     * and empties the near cache, after the site is ready; once Redis lists the subscription and
     * NearHits answers, that is past. A cold JVM on a busy machine may take seconds per request here.
     */
    private void settle() throws Exception {
        Await.until(Duration.ofSeconds(30), "the site subscribing to " + FragmentCache.PURGE_CHANNEL,
                () -> redis.subscribers(FragmentCache.PURGE_CHANNEL) == 1);
        Await.until(Duration.ofSeconds(30), "NearHits answering GET / after start-up", () -> answeredByNearHits("GET", "/"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_near_hit_carries_the_headers_and_bytes_of_the_miss_before_it() throws Exception {
        for (String route : List.of("/posts/a", "/tags/x")) {
            assertThat(answeredByNearHits("GET", route)).as(route + " MISS from Javalin").isFalse();
            HttpResponse<byte[]> miss = last;
            HttpResponse<byte[]> hit = nearHit("GET", route);
            assertThat(miss.headers().firstValue("X-Cache")).as(route).hasValue("MISS");
            assertThat(hit.headers().firstValue("X-Cache")).as(route).hasValue("HIT");
            assertThat(hit.statusCode()).isEqualTo(200);
            assertThat(hit.body()).as(route).isEqualTo(miss.body());
            assertThat(StableHeaders.of(hit.headers())).as(route).isEqualTo(StableHeaders.of(miss.headers()));
            assertThat(hit.headers().firstValue("Content-Length")).hasValue(String.valueOf(miss.body().length));
            assertThat(hit.headers().firstValue("Server-Timing").orElseThrow())
                    .matches("db;dur=0\\.00;desc=\"0 calls\", render;dur=0\\.00, cache;dur=[0-9]+\\.[0-9]{2}");
            assertThat(StableHeaders.of(hit.headers())).containsKeys("content-security-policy", "x-content-type-options",
                    "referrer-policy", "x-frame-options", "etag", "cache-control", "content-type");
        }
    }

    @Test
    void a_near_hit_answers_if_none_match_with_304_and_no_body() throws Exception {
        HttpResponse<byte[]> miss = send("GET", "/posts/a");
        String etag = miss.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> notModified = nearHit("GET", "/posts/a", "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
        assertThat(notModified.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, must-revalidate");
        assertThat(send("GET", "/posts/a", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void head_gets_the_headers_of_get_without_a_body_on_both_paths() throws Exception {
        assertThat(answeredByNearHits("HEAD", "/posts/a")).isFalse();
        HttpResponse<byte[]> headMiss = last;
        assertThat(headMiss.headers().firstValue("X-Cache")).hasValue("MISS");
        HttpResponse<byte[]> get = send("GET", "/posts/a");
        HttpResponse<byte[]> headHit = nearHit("HEAD", "/posts/a");
        for (HttpResponse<byte[]> head : List.of(headMiss, headHit)) {
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(StableHeaders.of(head.headers())).isEqualTo(StableHeaders.of(get.headers()));
        }
        assertThat(headHit.headers().firstValue("Content-Length")).hasValue(String.valueOf(get.body().length));
    }

    @Test
    void gzip_is_offered_alike_by_both_paths_and_unpacks_to_the_same_bytes() throws Exception {
        byte[] plain = send("GET", "/posts/a").body();
        HttpResponse<byte[]> hit = nearHit("GET", "/posts/a", "Accept-Encoding", "gzip, deflate, br");
        site.httpPost("/admin/purge?route=/posts/a", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        assertThat(answeredByNearHits("GET", "/posts/a", "Accept-Encoding", "gzip")).isFalse();
        HttpResponse<byte[]> miss = last;
        assertThat(miss.headers().firstValue("X-Cache")).hasValue("MISS");
        for (HttpResponse<byte[]> zipped : List.of(hit, miss)) {
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(gunzip(zipped.body())).isEqualTo(plain);
        }
        assertThat(send("GET", "/posts/a", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding"))
                .isEmpty();
        assertThat(plain.length).as("above Javalin's own compression threshold").isGreaterThan(1_500);
        site.httpPost("/admin/purge?route=/posts/a", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        assertThat(answeredByNearHits("GET", "/posts/a", "Accept-Encoding", "gzip;q=0")).isFalse();
        assertThat(last.headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(last.headers().firstValue("Content-Encoding")).as("gzip refused, on the Javalin path too").isEmpty();
        assertThat(last.body()).isEqualTo(plain);
    }

    /** Each kind of answer keeps its own encoded headers: alternating them must never mix one's headers with the other's body. */
    @Test
    void plain_and_gzip_near_hits_of_one_page_alternate_with_their_own_length_and_encoding() throws Exception {
        byte[] plain = send("GET", "/posts/a").body();
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> zipped = nearHit("GET", "/posts/a", "Accept-Encoding", "gzip");
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.headers().firstValue("Content-Length")).hasValue(String.valueOf(zipped.body().length));
            assertThat(gunzip(zipped.body())).isEqualTo(plain);
            HttpResponse<byte[]> unzipped = nearHit("GET", "/posts/a");
            assertThat(unzipped.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(unzipped.headers().firstValue("Content-Length")).hasValue(String.valueOf(plain.length));
            assertThat(unzipped.body()).isEqualTo(plain);
            assertThat(StableHeaders.of(unzipped.headers())).isEqualTo(StableHeaders.of(
                    nearHit("HEAD", "/posts/a").headers()));
        }
    }

    @Test
    void the_admin_token_and_the_preview_cookie_still_bypass_and_see_drafts() throws Exception {
        nearHit("GET", "/posts/a");
        List<String[]> previews = List.of(new String[] {"Authorization", "Bearer " + TestSite.ADMIN_TOKEN},
                new String[] {"Cookie", AdminToken.PREVIEW_COOKIE + "=" + TestSite.ADMIN_TOKEN});
        for (String[] preview : previews) {
            assertThat(answeredByNearHits("GET", "/posts/a", preview)).isFalse();
            HttpResponse<byte[]> published = last;
            assertThat(published.headers().firstValue("X-Cache")).as(preview[0]).hasValue("BYPASS");
            assertThat(published.headers().firstValue("Cache-Control")).as(preview[0]).hasValue("private, no-store");
            HttpResponse<byte[]> draft = send("GET", "/posts/d", preview);
            assertThat(draft.statusCode()).as(preview[0]).isEqualTo(200);
            assertThat(new String(draft.body())).contains("Draft body.");
        }
        assertThat(send("GET", "/posts/d").statusCode()).isEqualTo(404);
        assertThat(send("GET", "/posts/d").statusCode()).as("a preview never lands in the near cache").isEqualTo(404);
    }

    @Test
    void other_requests_of_a_cached_route_go_on_to_javalin() throws Exception {
        nearHit("GET", "/posts/a");
        assertThat(answeredByNearHits("GET", "/posts/a?utm=x")).isFalse();
        assertThat(last.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(answeredByNearHits("GET", "/posts/a/")).isFalse();
        assertThat(last.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(answeredByNearHits("POST", "/posts/a")).isFalse();
        assertThat(last.statusCode()).isEqualTo(405);
        assertThat(answeredByNearHits("GET", "/page/1")).isFalse();
        assertThat(last.statusCode()).isEqualTo(301);
        assertThat(answeredByNearHits("GET", "/stacks/none")).isFalse();
        assertThat(last.statusCode()).isEqualTo(404);
        assertThat(answeredByNearHits("GET", "/posts/nope")).isFalse();
        assertThat(last.statusCode()).isEqualTo(404);
        assertThat(answeredByNearHits("GET", "/posts/%61")).isFalse();
    }

    @Test
    void metrics_count_near_hits_by_route_and_status() throws Exception {
        String etag = nearHit("GET", "/posts/a").headers().firstValue("ETag").orElseThrow();
        nearHit("GET", "/tags/x");
        String before = new String(send("GET", "/metrics").body());
        for (int i = 0; i < 3; i++) {
            assertThat(answeredByNearHits("GET", "/posts/a")).isTrue();
        }
        assertThat(answeredByNearHits("GET", "/posts/a", "If-None-Match", etag)).isTrue();
        assertThat(answeredByNearHits("GET", "/tags/x")).isTrue();
        String after = new String(send("GET", "/metrics").body());
        assertThat(count(after, "HIT", "GET", "/posts/\\{slug\\}", 200) - count(before, "HIT", "GET", "/posts/\\{slug\\}", 200))
                .isEqualTo(3);
        assertThat(count(after, "HIT", "GET", "/posts/\\{slug\\}", 304)).isEqualTo(1);
        assertThat(count(after, "HIT", "GET", "/tags/\\{slug\\}", 200) - count(before, "HIT", "GET", "/tags/\\{slug\\}", 200))
                .isEqualTo(1);
        assertThat(value(after, "anp_cache_hits_total") - value(before, "anp_cache_hits_total")).isEqualTo(5);
    }

    @Test
    void a_content_change_is_never_answered_from_a_stale_near_copy() throws Exception {
        assertThat(new String(nearHit("GET", "/posts/a").body())).contains("Alpha body.");
        nearHit("GET", "/tags/x");
        site.write("posts/a.md", TestSite.post("first post, renamed", "2025-01-01", "tags: [x]\n", "Alpha body, edited."));
        site.app().sync();
        HttpResponse<byte[]> post = send("GET", "/posts/a");
        assertThat(new String(post.body())).contains("Alpha body, edited.").doesNotContain("Alpha body.<");
        assertThat(post.headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(new String(send("GET", "/tags/x").body())).contains("first post, renamed");
        assertThat(new String(send("GET", "/posts/a").body())).contains("Alpha body, edited.");

        site.httpPost("/admin/purge?route=/posts/b", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        nearHit("GET", "/posts/b");
        site.httpPost("/admin/purge?route=/posts/b", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        assertThat(send("GET", "/posts/b").headers().firstValue("X-Cache")).as("purged by hand").hasValue("MISS");
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + site.app().port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends the request; true when NearHits answered it rather than Javalin. */
    private boolean answeredByNearHits(String method, String path, String... headers) throws Exception {
        long before = site.app().web().nearHitsAnswered();
        last = send(method, path, headers);
        return site.app().web().nearHitsAnswered() == before + 1;
    }

    private HttpResponse<byte[]> last;

    /**
     * Repeats the request until NearHits answers it (at most 5 s): the first request fills the near
     * cache, and a Redis connection event may empty it once just after.
     */
    private HttpResponse<byte[]> nearHit(String method, String path, String... headers) throws Exception {
        Await.until(Duration.ofSeconds(5), "NearHits answering " + method + " " + path,
                () -> answeredByNearHits(method, path, headers));
        return last;
    }

    private static byte[] gunzip(byte[] zipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }

    private static double count(String metrics, String cache, String method, String route, int status) {
        return value(metrics, "http_server_requests_seconds_count\\{cache=\"" + cache + "\",method=\"" + method
                + "\",route=\"" + route + "\",status=\"" + status + "\"\\}");
    }

    private static double value(String text, String metric) {
        Matcher matcher = Pattern.compile("(?m)^" + metric + " ([0-9.eE+-]+)$").matcher(text);
        assertThat(matcher.find()).as(metric + " in /metrics").isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
