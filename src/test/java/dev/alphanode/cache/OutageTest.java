package dev.alphanode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Redis going away never fails a page or makes it wait; caching comes back by itself. */
class OutageTest {
    @TempDir
    Path root;
    EmbeddedRedis redis;
    TestSite site;

    record Outcome(int status, String cache, long millis) {
    }

    @BeforeEach
    void startSite() throws Exception {
        redis = EmbeddedRedis.start();
        site = new TestSite(root).cachedIn(redis.uri());
        for (int i = 1; i <= 6; i++) {
            site.write("posts/p" + i + ".md", TestSite.post("post " + i, "2025-02-0" + i, "tags: [ops]\n", "Body " + i + "."));
        }
        site.start();
        site.get("/posts/p1");
        assertThat(site.get("/posts/p1").headers().firstValue("X-Cache")).hasValue("HIT");
    }

    @AfterEach
    void stop() {
        site.close();
        redis.close();
    }

    @Test
    void stopping_redis_under_load_fails_no_request_and_restarting_it_brings_hits_back_within_5_seconds() throws Exception {
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<String> routes = List.of("/", "/posts/p1", "/posts/p2", "/tags/ops", "/page/1");
        List<Future<?>> load = new java.util.ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            load.add(clients.submit(() -> {
                int i = client;
                while (running.get()) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = site.get(routes.get(i++ % routes.size()));
                    outcomes.add(new Outcome(response.statusCode(), response.headers().firstValue("X-Cache").orElse("-"),
                            (System.nanoTime() - start) / 1_000_000));
                }
                return null;
            }));
        }
        Thread.sleep(500);
        redis.stop();
        Thread.sleep(1_500);
        assertThat(site.get("/healthz").body()).contains("\"status\":\"degraded\"", "\"redis\":\"down\"");
        running.set(false);
        for (Future<?> client : load) {
            client.get(30, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(outcomes).isNotEmpty().allSatisfy(outcome -> assertThat(outcome.status()).isIn(200, 301));
        assertThat(outcomes).anySatisfy(outcome -> assertThat(outcome.cache()).isEqualTo("BYPASS"));
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.millis()).as("request time (ms)").isLessThan(1_500));

        redis = EmbeddedRedis.start(redis.port());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String cache = "";
        while (!cache.equals("HIT") && System.nanoTime() < deadline) {
            cache = site.get("/posts/p1").headers().firstValue("X-Cache").orElse("");
            Thread.sleep(100);
        }
        assertThat(cache).as("X-Cache within 5 s of Redis coming back").isEqualTo("HIT");
        assertThat(site.get("/healthz").body()).contains("\"status\":\"ok\"", "\"redis\":\"up\"");
    }

    @Test
    void a_change_made_while_redis_is_down_is_purged_before_the_cache_is_read_again() throws Exception {
        redis.stop();
        redis = EmbeddedRedis.start(redis.port());
        site.get("/posts/p2");
        site.get("/posts/p2");
        waitForHit("/posts/p2");
        redis.stop();
        site.write("posts/p2.md", TestSite.post("post 2 revised", "2025-02-02", "tags: [ops]\n", "New body."));
        site.app().sync();
        assertThat(site.get("/posts/p2").body()).contains("post 2 revised");
        redis = EmbeddedRedis.start(redis.port());
        waitForHit("/posts/p1");
        assertThat(site.get("/posts/p2").body()).contains("post 2 revised");
    }

    private void waitForHit(String route) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (site.get(route).headers().firstValue("X-Cache").orElse("").equals("HIT")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no HIT on " + route + " within 5 s");
    }
}
