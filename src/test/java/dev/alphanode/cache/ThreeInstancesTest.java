package dev.alphanode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.Await;
import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances over one content folder and one Redis, each with its own H2: one reaches Redis
 * through a relay that is cut for a while, one starts only after the edits. Every page any of them
 * serves equals what an uncached site serves for the same content.
 */
class ThreeInstancesTest {
    private static final List<String> ROUTES = List.of("/", "/posts/p1", "/posts/p2", "/posts/p3", "/posts/p4",
            "/tags/shared", "/tags/odd");

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    Path content;
    TestSite a;
    TestSite cutOff;
    TestSite late;
    TestSite reference;
    RedisLink link;

    @BeforeEach
    void startSites() throws Exception {
        content = root.resolve("content");
        link = new RedisLink(redis.port());
        a = new TestSite(content, root.resolve("a")).cachedIn(redis.uri());
        cutOff = new TestSite(content, root.resolve("cut-off")).cachedIn(link.uri());
        reference = new TestSite(content, root.resolve("reference"));
        for (int i = 1; i <= 4; i++) {
            a.write("posts/p" + i + ".md", post(i, "post " + i, "Body " + i + "."));
        }
        a.start();
        cutOff.start();
        reference.start();
    }

    @AfterEach
    void stop() {
        for (TestSite site : new TestSite[] {a, cutOff, late, reference}) {
            if (site != null) {
                site.close();
            }
        }
        link.close();
    }

    @Test
    void an_instance_cut_off_from_redis_and_one_started_late_serve_no_stale_page_and_all_three_stay_coherent()
            throws Exception {
        for (String route : ROUTES) {
            awaitHit(a, route);
            awaitHit(cutOff, route);
        }

        link.cut();
        cutOff.await("/healthz", response -> response.body().contains("\"redis\":\"down\""));
        a.write("posts/p3.md", post(3, "post 3 retitled", "Edited while one instance was cut off."));
        a.app().sync();
        cutOff.app().sync();
        reference.app().sync();
        assertCoherent(a, "A");
        assertCoherent(cutOff, "the cut-off instance, while cut off");
        assertThat(cutOff.get("/posts/p3").headers().firstValue("X-Cache")).as("the cut-off instance's edited page")
                .hasValue("BYPASS");

        late = new TestSite(content, root.resolve("late")).cachedIn(redis.uri()).start();
        assertCoherent(late, "the late instance");

        link.restore();
        cutOff.await("/healthz", response -> response.body().contains("\"redis\":\"up\""));
        assertCoherent(cutOff, "the cut-off instance, reconnected");
        for (String route : ROUTES) {
            awaitHit(cutOff, route);
            awaitHit(late, route);
        }

        a.write("posts/p2.md", post(2, "post 2", "A second edit, once all three are up."));
        for (TestSite site : List.of(a, cutOff, late, reference)) {
            site.app().sync();
        }
        assertCoherent(a, "A after the second edit");
        assertCoherent(cutOff, "the once cut-off instance after the second edit");
        assertCoherent(late, "the late instance after the second edit");
        for (String route : ROUTES) {
            assertThat(awaitHit(late, route).body()).as("late " + route).isEqualTo(reference.get(route).body());
        }
    }

    private void assertCoherent(TestSite site, String who) throws Exception {
        for (String route : ROUTES) {
            HttpResponse<String> page = site.get(route);
            assertThat(page.statusCode()).as(who + " " + route).isEqualTo(200);
            assertThat(page.body()).as(who + " " + route).isEqualTo(reference.get(route).body());
        }
    }

    private static HttpResponse<String> awaitHit(TestSite site, String route) throws Exception {
        return Await.until(Duration.ofSeconds(5), "X-Cache: HIT on " + route, () -> site.get(route),
                response -> response.headers().firstValue("X-Cache").orElse("").equals("HIT"),
                response -> "X-Cache " + response.headers().firstValue("X-Cache").orElse("none"));
    }

    private static String post(int i, String title, String body) {
        return TestSite.post(title, "2025-06-0" + i, "tags: [shared" + (i % 2 == 1 ? ", odd" : "") + "]\n", body);
    }
}
