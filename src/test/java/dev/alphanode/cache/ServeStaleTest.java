package dev.alphanode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.Await;
import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * While Redis is away, pages stay in the near cache under the usual purge rules: a hot page keeps
 * its speed, a local edit still replaces it at once, and when Redis is back every copy that may
 * have missed another instance's purge is dropped.
 */
class ServeStaleTest {
    private static final Duration WARM_UP = Duration.ofMillis(800);
    private static final Duration WINDOW = Duration.ofMillis(1_000);
    private static final int CLIENTS = 4;

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    final List<AutoCloseable> closing = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void stop() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    @Test
    void a_hot_post_keeps_at_least_half_its_throughput_while_redis_is_down_and_hits_resume_after() throws Exception {
        TestSite site = site(root.resolve("content"), "data", redis.uri());
        writeHotPostAndNeighbours(site);
        site.start();
        String page = awaitHit(site, "/posts/hot");

        served(site, "/posts/hot", page, WARM_UP);
        Window before = bestOfTwo(site, "/posts/hot", page);
        redis.stop();
        awaitRedis(site, "down");
        served(site, "/posts/hot", page, WARM_UP);
        Window during = bestOfTwo(site, "/posts/hot", page);

        System.out.printf("ServeStaleTest: /posts/hot, busier of two %d ms windows: %d requests before the outage, %d during it%n",
                WINDOW.toMillis(), before.count(), during.count());
        assertThat(before.wrong()).isEmpty();
        assertThat(before.cache()).containsExactly("HIT");
        assertThat(during.wrong()).as("responses during the outage that were not 200 with the page").isEmpty();
        assertThat(during.cache()).as("X-Cache during the outage").containsExactly("BYPASS");
        assertThat((double) during.count() / before.count())
                .as("requests served in the busier %d ms window during the outage (%d) over before it (%d)", WINDOW.toMillis(),
                        during.count(), before.count())
                .isGreaterThanOrEqualTo(0.5);

        redis.restart();
        assertThat(awaitHit(site, "/posts/hot")).isEqualTo(page);
    }

    @Test
    void an_edit_during_the_outage_replaces_the_near_copy_at_once_and_the_new_page_is_kept_near() throws Exception {
        Path content = root.resolve("content");
        TestSite site = site(content, "data", redis.uri());
        TestSite reference = site(content, "reference", null);
        for (int i = 1; i <= 3; i++) {
            site.write("posts/p" + i + ".md", TestSite.post("post " + i, "2025-04-0" + i, "tags: [ops]\n", "Body " + i + "."));
        }
        site.start();
        reference.start();
        awaitHit(site, "/posts/p2");
        awaitHit(site, "/");

        redis.stop();
        awaitRedis(site, "down");
        HttpResponse<String> kept = get(site, "/posts/p2");
        assertThat(kept.body()).contains("post 2");
        assertThat(kept.headers().firstValue("X-Cache")).hasValue("BYPASS");
        assertThat(kept.headers().firstValue("Server-Timing").orElseThrow())
                .as("the page from before the outage answered from memory").contains("desc=\"0 calls\"");

        site.write("posts/p2.md", TestSite.post("post 2 revised", "2025-04-02", "tags: [ops]\n", "Revised body."));
        site.app().sync();
        reference.app().sync();
        assertThat(get(site, "/posts/p2").body()).contains("post 2 revised", "Revised body.");
        assertThat(get(site, "/").body()).contains("post 2 revised");
        HttpResponse<String> again = get(site, "/posts/p2");
        assertThat(again.body()).isEqualTo(get(reference, "/posts/p2").body());
        assertThat(again.headers().firstValue("X-Cache")).hasValue("BYPASS");
        assertThat(again.headers().firstValue("Server-Timing").orElseThrow())
                .as("the page rendered during the outage kept in memory").contains("desc=\"0 calls\"");

        redis.restart();
        for (String route : List.of("/posts/p2", "/", "/tags/ops")) {
            assertThat(awaitHit(site, route)).as(route).isEqualTo(get(reference, route).body());
        }
    }

    @Test
    void reconnecting_drops_near_copies_that_may_have_missed_another_instances_purge() throws Exception {
        RedisLink link = new RedisLink(redis.port());
        closing.add(link);
        Path content = root.resolve("content");
        TestSite a = site(content, "a", redis.uri());
        TestSite b = site(content, "b", link.uri());
        for (int i = 1; i <= 3; i++) {
            a.write("posts/p" + i + ".md", TestSite.post("post " + i, "2025-05-0" + i, "tags: [shared]\n", "Body " + i + "."));
        }
        a.start();
        b.start();
        awaitHit(a, "/posts/p3");
        awaitHit(b, "/posts/p3");

        link.cut();
        awaitRedis(b, "down");
        HttpResponse<String> kept = get(b, "/posts/p3");
        assertThat(kept.body()).contains("post 3").doesNotContain("post 3 edited");
        assertThat(kept.headers().firstValue("Server-Timing").orElseThrow())
                .as("B's copy from before it lost Redis answered from memory").contains("desc=\"0 calls\"");

        a.write("posts/p3.md", TestSite.post("post 3 edited", "2025-05-03", "tags: [shared]\n", "Edited body."));
        a.app().sync();
        assertThat(get(a, "/posts/p3").body()).contains("post 3 edited");
        assertThat(get(b, "/posts/p3").body()).as("B missed A's purge").doesNotContain("post 3 edited");

        link.restore();
        assertThat(awaitHit(b, "/posts/p3")).as("B's first hit once Redis is back").contains("post 3 edited", "Edited body.");
        b.app().sync();
        assertThat(get(b, "/posts/p3").body()).isEqualTo(get(a, "/posts/p3").body());
    }

    @Test
    void a_purge_queued_while_redis_refused_commands_is_replayed_even_while_only_the_near_cache_answers() throws Exception {
        Path content = root.resolve("content");
        TestSite site = site(content, "data", redis.uri());
        for (int i = 1; i <= 3; i++) {
            site.write("posts/p" + i + ".md", TestSite.post("post " + i, "2025-07-0" + i, "tags: [ops]\n", "Body " + i + "."));
        }
        site.start();
        awaitHit(site, "/posts/p1");
        awaitHit(site, "/posts/p2");

        RedisClient client = RedisClient.create(redis.uri().toString());
        closing.add(client::shutdown);
        StatefulRedisConnection<String, String> stuck = client.connect();
        StatefulRedisConnection<String, String> operator = client.connect();
        // Past this limit a running script makes Redis answer BUSY to everyone else: refused, not disconnected.
        operator.sync().configSet("lua-time-limit", "100");
        stuck.async().eval("while true do end", ScriptOutputType.STATUS);
        site.await("/posts/p3", response -> response.headers().firstValue("X-Cache").orElse("").equals("BYPASS"));

        site.write("posts/p2.md", TestSite.post("post 2 revised", "2025-07-02", "tags: [ops]\n", "Revised body."));
        site.app().sync();
        assertThat(get(site, "/posts/p2").body()).contains("post 2 revised");
        assertThat(get(site, "/posts/p1").headers().firstValue("X-Cache")).hasValue("BYPASS");

        operator.sync().scriptKill();
        assertThat(awaitHit(site, "/posts/p1")).contains("post 1");
        assertThat(awaitHit(site, "/posts/p2")).as("p2 once its queued purge ran").contains("post 2 revised", "Revised body.");
    }

    private TestSite site(Path content, String data, URI redisUrl) throws Exception {
        TestSite site = new TestSite(content, root.resolve(data));
        closing.add(site);
        return redisUrl == null ? site : site.cachedIn(redisUrl);
    }

    /** A long post (Markdown, code, a full meta box, similar posts), so rendering it costs what a real one does. */
    private static void writeHotPostAndNeighbours(TestSite site) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            body.append("## Section ").append(i).append("\n\nSome *emphasis*, a [link](/posts/n").append(i % 10)
                    .append("), `inline code` and a list:\n\n- one\n- two **bold**\n- three\n\n```java\nint x")
                    .append(i).append(" = ").append(i).append(";\n```\n\n");
        }
        String meta = "tags: [ops, java, redis, cache]\nstack: [jetty, lettuce]\ntools: [maven, redis-cli]\n"
                + "summary: \"A hot post\"\nchecklist: [one, two, three, four]\nnotes: [a, b, c]\n";
        site.write("posts/hot.md", TestSite.post("hot post", "2025-06-01", meta, body.toString()));
        for (int i = 0; i < 10; i++) {
            site.write("posts/n" + i + ".md", TestSite.post("neighbour " + i, "2025-05-1" + i,
                    "tags: [ops, java]\nstack: [jetty]\n", "Neighbour body " + i + " about redis and caches."));
        }
    }

    record Window(int count, Set<String> cache, List<String> wrong) {
    }

    /**
     * Two windows in a row, the busier one counted: other builds share this machine, and one of
     * them starting mid-window should not decide the ratio. What either window saw is kept.
     */
    private Window bestOfTwo(TestSite site, String route, String page) throws Exception {
        Window first = served(site, route, page, WINDOW);
        Window second = served(site, route, page, WINDOW);
        Set<String> cache = new java.util.TreeSet<>(first.cache());
        cache.addAll(second.cache());
        List<String> wrong = new ArrayList<>(first.wrong());
        wrong.addAll(second.wrong());
        return new Window(Math.max(first.count(), second.count()), cache, wrong);
    }

    /** Requests of {@code route} answered in {@code window} by {@link #CLIENTS} clients, and what they said. */
    private Window served(TestSite site, String route, String page, Duration window) throws Exception {
        AtomicInteger count = new AtomicInteger();
        Set<String> cache = ConcurrentHashMap.newKeySet();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + window.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> load = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                load.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpResponse<String> response = get(site, route);
                        cache.add(response.headers().firstValue("X-Cache").orElse("-"));
                        if (response.statusCode() != 200 || !response.body().equals(page)) {
                            if (wrong.size() < 5) {
                                wrong.add(response.statusCode() + " " + response.body().length() + " chars");
                            }
                        }
                        count.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : load) {
                client.get(window.toMillis() + 30_000, TimeUnit.MILLISECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        return new Window(count.get(), Set.copyOf(cache), List.copyOf(wrong));
    }

    private HttpResponse<String> get(TestSite site, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + site.app().port() + path))
                .timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The page once {@code route} answers {@code X-Cache: HIT} (within 10 s of a first answer: a cold JVM is slow). */
    private String awaitHit(TestSite site, String route) throws Exception {
        return Await.until(Duration.ofSeconds(10), "X-Cache: HIT on " + route, () -> get(site, route),
                response -> response.headers().firstValue("X-Cache").orElse("").equals("HIT"),
                response -> "X-Cache " + response.headers().firstValue("X-Cache").orElse("absent")).body();
    }

    private void awaitRedis(TestSite site, String state) throws Exception {
        site.await("/healthz", response -> response.body().contains("\"redis\":\"" + state + "\""));
    }
}
