package dev.alphanode.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.alphanode.Await;
import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import dev.alphanode.config.Config;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Varnish (Debian's, docs/varnish/alphanode.vcl, bans on Surrogate-Key) in front of two
 * instances over one content folder and one Redis, both watching content/ and purging the edge:
 * an edit is served fresh through Varnish within a second, and the pages it did not touch stay
 * cached there. Skips, saying so, where varnishd is not installed.
 */
class VarnishEdgeTest {
    /** 120 in the suite; {@code bench/edge/run} passes more ({@code -Dedge.posts}). */
    static final int POSTS = Integer.getInteger("edge.posts", 120);
    static final int EDITED = 30;
    static final Pattern SENT = Pattern.compile("anp_edge_purges_total\\{outcome=\"(sent|failed)\"} ([0-9.]+)");

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite a;
    TestSite b;
    Varnish varnish;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Varnish.installed(), "varnishd is not installed at " + Varnish.VARNISHD
                + " (apt-get install varnish); the Varnish edge test is skipped");
        Path content = root.resolve("content");
        int varnishPort = Varnish.freePort();
        Config.EdgePurge edge = new Config.EdgePurge(java.net.URI.create("http://127.0.0.1:" + varnishPort),
                Config.EdgePurge.Mode.KEYS);
        a = new TestSite(content, root.resolve("a")).cachedIn(redis.uri()).watching(Config.Watch.EVENTS).purgingEdge(edge);
        b = new TestSite(content, root.resolve("b")).cachedIn(redis.uri()).watching(Config.Watch.EVENTS).purgingEdge(edge);
        a.write("site.yml", "title: Edge drill\nedge_max_age: 3600\nedge_stale_while_revalidate: 30\n");
        for (int i = 1; i <= POSTS; i++) {
            a.write("posts/" + slug(i) + ".md", TestSite.post("Post " + i, date(i),
                    "tags: [t" + i % 4 + "]\ntopic: topic " + i % 3 + "\n", body(i, "plain")));
        }
        a.start();
        b.start();
        varnish = new Varnish(java.nio.file.Files.createDirectories(root.resolve("varnish")), varnishPort,
                a.app().port(), b.app().port());
        Await.until(Duration.ofSeconds(30), "Varnish answering GET / from an instance", () -> varnishAnswers(),
                answers -> answers, answers -> varnishLog());
        // Each instance's first sync purged the whole site at the edge; wait until that went (or was
        // given up on) so it cannot ban what the test caches next.
        for (TestSite site : List.of(a, b)) {
            Await.until(Duration.ofSeconds(30), "the start-up purge of " + site.app().port() + " leaving",
                    () -> purgesDone(site) >= 1);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (varnish != null) {
            varnish.close();
        }
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void an_edit_is_fresh_through_varnish_within_a_second_and_the_pages_it_did_not_touch_stay_cached() throws Exception {
        List<String> routes = routes();
        for (String route : routes) {
            assertThat(varnish.get(route).statusCode()).as(route).isEqualTo(200);
        }
        long cachedBefore = routes.stream().filter(route -> hitThroughVarnish(route)).count();
        assertThat(cachedBefore).as("pages Varnish holds after one pass").isEqualTo(routes.size());

        double purgesBefore = purgesDone(a) + purgesDone(b);
        long edited = System.nanoTime();
        a.write("posts/" + slug(EDITED) + ".md", TestSite.post("Post " + EDITED, date(EDITED),
                "tags: [t" + EDITED % 4 + "]\ntopic: topic " + EDITED % 3 + "\n", body(EDITED, "edited")));
        Freshness fresh = Freshness.watch(edited, "/posts/" + slug(EDITED), "edited words", a, b, varnish);
        System.out.printf("varnish drill: edit to fresh at origin A %d ms, B %d ms, through Varnish %d ms%n",
                fresh.originA().toMillis(), fresh.originB().toMillis(), fresh.edge().toMillis());
        assertThat(fresh.edge().minus(fresh.origin())).as("Varnish fresh after both instances are (edge lag)")
                .isLessThan(Duration.ofSeconds(1));
        if (Freshness.quietMachine()) {
            assertThat(fresh.edge()).as("edit to fresh page through Varnish").isLessThan(Duration.ofSeconds(1));
        }

        Await.until(Duration.ofSeconds(10), "both instances purging the edge after their sync",
                () -> purgesDone(a) + purgesDone(b) >= purgesBefore + 2);
        // The edited post is left out: the wait for it above fetched it again. Every other page purged shows as a miss.
        List<String> refetched = new ArrayList<>();
        for (String route : routes) {
            if (!route.equals("/posts/" + slug(EDITED)) && !hitThroughVarnish(route)) {
                refetched.add(route);
            }
        }
        double kept = 1.0 - (double) (refetched.size() + 1) / routes.size();
        System.out.printf("varnish drill: %d pages, fresh after %d ms, the edited post and %d others refetched after a body-only edit (%.1f %% kept): %s%n",
                routes.size(), fresh.edge().toMillis(), refetched.size(), kept * 100, refetched);
        assertThat(kept).as("share of Varnish's pages kept; refetched: " + refetched).isGreaterThanOrEqualTo(0.95);
        for (int i = 0; i < 4; i++) {
            assertThat(varnish.get("/posts/" + slug(EDITED)).body()).as("request " + i).contains("edited words");
        }
    }

    /** Every page a reader can reach: posts, listing pages, feeds, the sitemap, robots.txt. */
    static List<String> routes() {
        List<String> routes = new ArrayList<>(List.of("/", "/feed.xml", "/sitemap.xml", "/robots.txt"));
        for (int page = 2; page <= (POSTS + 9) / 10; page++) {
            routes.add("/page/" + page);
        }
        for (int t = 0; t < 4; t++) {
            int tag = t;
            routes.add("/tags/t" + tag);
            routes.add("/tags/t" + tag + "/feed.xml");
            int inTag = (int) java.util.stream.IntStream.rangeClosed(1, POSTS).filter(i -> i % 4 == tag).count();
            for (int page = 2; page <= (inTag + 9) / 10; page++) {
                routes.add("/tags/t" + tag + "/page/" + page);
            }
        }
        for (int i = 1; i <= POSTS; i++) {
            routes.add("/posts/" + slug(i));
        }
        return routes;
    }

    private boolean varnishAnswers() throws InterruptedException {
        try {
            return varnish.get("/").statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private String varnishLog() {
        try {
            return (varnish.alive() ? "varnishd running" : "varnishd exited") + ", its output:\n" + varnish.log();
        } catch (java.io.IOException e) {
            return "varnishd's output unreadable: " + e;
        }
    }

    private boolean hitThroughVarnish(String route) {
        try {
            HttpResponse<String> response = varnish.get(route);
            return response.statusCode() == 200 && Varnish.hit(response);
        } catch (Exception e) {
            throw new AssertionError("GET " + route + " through Varnish failed", e);
        }
    }

    /** Purge requests the instance's edge purger finished (sent or given up on), from its /metrics. */
    private static double purgesDone(TestSite site) throws Exception {
        Matcher counts = SENT.matcher(site.get("/metrics").body());
        double done = 0;
        while (counts.find()) {
            done += Double.parseDouble(counts.group(2));
        }
        return done;
    }

    static String slug(int i) {
        return String.format("p%03d", i);
    }

    static String date(int i) {
        return java.time.LocalDate.of(2024, 1, 1).plusDays(i).toString();
    }

    /** The same number of words either way: a body-only edit that moves no reading time or card. */
    static String body(int i, String word) {
        return "Post " + i + " has " + word + " words about edge caches, bans and surrogate keys number " + i + ".";
    }
}
