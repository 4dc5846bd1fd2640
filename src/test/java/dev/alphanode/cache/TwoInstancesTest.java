package dev.alphanode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two instances over one content folder and one Redis, each with its own H2, stay coherent. */
class TwoInstancesTest {
    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite a;
    TestSite b;
    TestSite reference;

    @BeforeEach
    void startSites() throws Exception {
        Path content = root.resolve("content");
        a = new TestSite(content, root.resolve("a")).cachedIn(redis.uri());
        b = new TestSite(content, root.resolve("b")).cachedIn(redis.uri());
        reference = new TestSite(content, root.resolve("reference"));
        for (int i = 1; i <= 5; i++) {
            a.write("posts/p" + i + ".md", TestSite.post("post " + i, "2025-03-0" + i, "tags: [shared]\n", "Body " + i + "."));
        }
        a.start();
        b.start();
        reference.start();
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        reference.close();
    }

    @Test
    void an_edit_seen_by_one_instance_is_never_served_stale_by_the_other_after_both_settle() throws Exception {
        List<String> routes = List.of("/", "/posts/p3", "/posts/p1", "/tags/shared");
        for (String route : routes) {
            a.get(route);
            b.get(route);
        }
        assertThat(b.get("/posts/p3").headers().firstValue("X-Cache")).hasValue("HIT");

        a.write("posts/p3.md", TestSite.post("post 3 edited", "2025-03-09", "tags: [shared]\n", "Edited body."));
        a.app().sync();
        assertThat(a.get("/posts/p3").body()).contains("post 3 edited");
        b.get("/posts/p3");
        b.get("/");
        b.app().sync();
        reference.app().sync();

        for (String route : routes) {
            String expected = reference.get(route).body();
            assertThat(a.get(route).body()).as("A " + route).isEqualTo(expected);
            assertThat(b.get(route).body()).as("B " + route).isEqualTo(expected);
        }
        assertThat(b.get("/posts/p3").body()).contains("post 3 edited", "Edited body.");
        assertThat(b.get("/posts/p3").headers().firstValue("X-Cache")).hasValue("HIT");
    }

    @Test
    void an_operator_purge_on_one_instance_drops_the_page_from_the_other_instances_memory() throws Exception {
        a.get("/posts/p1");
        b.get("/posts/p1");
        assertThat(b.get("/posts/p1").headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(a.httpPost("/admin/purge?route=/posts/p1", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN)
                .statusCode()).isEqualTo(200);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(2);
        String status = "HIT";
        while (status.equals("HIT") && System.nanoTime() < deadline) {
            status = b.get("/posts/p1").headers().firstValue("X-Cache").orElse("");
        }
        assertThat(status).as("B after A's purge").isEqualTo("MISS");
    }
}
