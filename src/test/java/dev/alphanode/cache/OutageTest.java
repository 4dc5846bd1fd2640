package dev.alphanode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.Await;
import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Redis going away never fails a page or makes it wait; caching comes back by itself. */
class OutageTest {
    private static final int REQUESTS_BEFORE = 40;
    private static final int REQUESTS_DURING = 200;

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;

    record Outcome(int status, String cache, long millis) {
    }

    @BeforeEach
    void startSite() throws Exception {
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
        awaitAnswered(outcomes, load, REQUESTS_BEFORE, "before the outage");
        redis.stop();
        site.await("/healthz", response -> response.body().contains("\"redis\":\"down\""));
        awaitAnswered(outcomes, load, outcomes.size() + REQUESTS_DURING, "while /healthz shows Redis down");
        assertThat(site.get("/healthz").body()).contains("\"status\":\"degraded\"", "\"redis\":\"down\"");
        running.set(false);
        for (Future<?> client : load) {
            client.get(30, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(outcomes).isNotEmpty().allSatisfy(outcome -> assertThat(outcome.status()).isIn(200, 301));
        assertThat(outcomes).anySatisfy(outcome -> assertThat(outcome.cache()).isEqualTo("BYPASS"));
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.millis()).as("request time (ms)").isLessThan(1_500));

        redis.restart();
        waitForHit("/posts/p1");
        assertThat(site.get("/healthz").body()).contains("\"status\":\"ok\"", "\"redis\":\"up\"");
    }

    @Test
    void a_change_made_while_redis_is_down_is_purged_before_the_cache_is_read_again() throws Exception {
        redis.restart();
        site.get("/posts/p2");
        site.get("/posts/p2");
        waitForHit("/posts/p2");
        redis.stop();
        site.write("posts/p2.md", TestSite.post("post 2 revised", "2025-02-02", "tags: [ops]\n", "New body."));
        site.app().sync();
        assertThat(site.get("/posts/p2").body()).contains("post 2 revised");
        redis.restart();
        waitForHit("/posts/p1");
        assertThat(site.get("/posts/p2").body()).contains("post 2 revised");
    }

    /** Redis coming back must bring hits back within 5 s. */
    private void waitForHit(String route) throws Exception {
        Await.until(Duration.ofSeconds(5), "X-Cache: HIT on " + route,
                () -> site.get(route).headers().firstValue("X-Cache").orElse("").equals("HIT"));
    }

    /**
     * The load runs until it has shown what each phase does to requests, not for a fixed time; a
     * client that stopped early ends the wait so that its own failure is what the test reports.
     */
    private static void awaitAnswered(ConcurrentLinkedQueue<Outcome> outcomes, List<Future<?>> load, int count,
                                      String when) throws Exception {
        Await.until(Duration.ofSeconds(30), count + " requests answered " + when,
                () -> outcomes.size() >= count || load.stream().anyMatch(Future::isDone));
    }
}
