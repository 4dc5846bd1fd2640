package dev.alphanode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.cache.RedisCache;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The purge command and POST /admin/purge: one request type, the same keys, every release. */
class PurgeTest {
    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    @TempDir
    Path root;
    TestSite site;
    RedisCache keys;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).withTwoPostsAndADraft().cachedIn(redis.uri()).start();
        keys = new RedisCache(redis.uri(), Duration.ofSeconds(2), Duration.ofSeconds(1));
        for (String path : List.of("/posts/a", "/posts/b")) {
            site.get(path);
            assertThat(cache(site.get(path))).isEqualTo("HIT");
        }
        // A fragment an older release left behind: operators purge those too.
        keys.set(Map.of("anp:0.0.1-old:frag:{/posts/a}:article", "<article>old</article>"), 600);
    }

    @AfterEach
    void stop() {
        keys.close();
        site.close();
    }

    @Test
    void the_command_purges_one_route_in_every_release_and_the_site_renders_it_again() throws Exception {
        int code = purge("--route", "/posts/a");

        assertThat(code).isEqualTo(0);
        // seven fragments of the current release, one of the old
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("purged 8 keys (route /posts/a)\n");
        assertThat(keys.keys("anp:*:frag:{/posts/a}:*").orElseThrow()).isEmpty();
        site.await("/posts/a", response -> cache(response).equals("MISS"));
        assertThat(cache(site.get("/posts/b"))).isEqualTo("HIT");
    }

    @Test
    void the_command_and_the_admin_route_purge_the_same_keys() throws Exception {
        var admin = site.httpPost("/admin/purge?route=/posts/a", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).isEqualTo("{\"removed\":8,\"scope\":\"/posts/a\"}");
        assertThat(cache(site.get("/posts/a"))).isEqualTo("MISS");

        site.get("/posts/a");
        keys.set(Map.of("anp:0.0.1-old:frag:{/posts/b}:article", "<article>old</article>"), 600);
        long everything = keys.keys("anp:*:frag:*").orElseThrow().size();
        assertThat(purge("--all")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("purged " + everything + " keys (all routes)\n");
        assertThat(keys.keys("anp:*").orElseThrow()).noneMatch(key -> key.contains(":frag:"));
        site.await("/posts/b", response -> cache(response).equals("MISS"));

        site.get("/posts/a");
        var all = site.httpPost("/admin/purge?all=true", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        // /posts/b (rendered by the wait above) and /posts/a, seven fragments each
        assertThat(all.body()).isEqualTo("{\"removed\":14,\"scope\":\"all\"}");
    }

    @Test
    void a_bad_request_is_refused_the_same_way_by_both() throws Exception {
        assertThat(purge("--route", "posts/a")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("purge: '--route posts/a' is not valid (route"
                + " 'posts/a' is not a site path (expected it to start with '/' and be at most 300 characters))\n");
        var admin = site.httpPost("/admin/purge?route=posts/a", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        assertThat(admin.statusCode()).isEqualTo(400);
        assertThat(admin.body()).contains("route 'posts/a' is not a site path");
        var both = site.httpPost("/admin/purge?route=/posts/a&all=true", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN);
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("give exactly one of a route or all");
        assertThat(purge("--everything")).isEqualTo(2);
        assertThat(cache(site.get("/posts/a"))).isEqualTo("HIT");
    }

    private int purge(String... args) {
        out.reset();
        err.reset();
        return Purge.run(args, Map.of("ANP_REDIS_URL", redis.uri().toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue("X-Cache").orElse("none");
    }
}
