package dev.alphanode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.Await;
import dev.alphanode.TestSite;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site on a Sentinel-watched master with one replica ({@code ANP_REDIS_URL=redis-sentinel://…}):
 * three sentinels (quorum 2) promote the replica when the master goes, and the site follows.
 */
class SentinelTest {
    private static final String MASTER = "mymaster";
    private static final List<String> ROUTES = List.of("/", "/posts/p1", "/posts/p2", "/posts/p3", "/tags/s");

    @TempDir
    Path root;
    RedisProcess master;
    RedisProcess replica;
    final List<RedisProcess> sentinels = new ArrayList<>();
    TestSite site;
    TestSite reference;

    @BeforeEach
    void startGroup() throws Exception {
        RedisProcess.assumeInstalled("a Redis Sentinel test");
        int[] ports = RedisProcess.freePorts(5);
        master = RedisProcess.start(root.resolve("master"), ports[0], List.of());
        replica = RedisProcess.start(root.resolve("replica"), ports[1], List.of("replicaof 127.0.0.1 " + ports[0]));
        Await.until(Duration.ofSeconds(10), "the replica in sync with the master",
                () -> replica.info("replication").contains("master_link_status:up"));
        for (int i = 0; i < 3; i++) {
            sentinels.add(RedisProcess.start(root.resolve("sentinel-" + i), ports[2 + i], List.of(
                    "sentinel monitor " + MASTER + " 127.0.0.1 " + ports[0] + " 2",
                    "sentinel down-after-milliseconds " + MASTER + " 1000",
                    "sentinel failover-timeout " + MASTER + " 10000"), "--sentinel"));
        }
        Await.until(Duration.ofSeconds(30), "every sentinel knowing the replica and the other two sentinels",
                () -> sentinels.stream().allMatch(sentinel -> {
                    String state = String.valueOf(sentinel.tryCommand("SENTINEL", "MASTER", MASTER).orElse(""));
                    return state.contains("num-slaves, 1") && state.contains("num-other-sentinels, 2");
                }));

        Path content = root.resolve("content");
        site = new TestSite(content, root.resolve("site")).cachedIn(uri());
        reference = new TestSite(content, root.resolve("reference"));
        for (int i = 1; i <= 3; i++) {
            site.write("posts/p" + i + ".md", TestSite.post("post " + i, "2025-05-0" + i, "tags: [s]\n", "Body " + i + "."));
        }
        site.start();
        reference.start();
        for (String route : ROUTES) {
            site.await(route, response -> cache(response).equals("HIT"));
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (site != null) {
            site.close();
            reference.close();
        }
        for (RedisProcess sentinel : sentinels) {
            sentinel.close();
        }
        if (replica != null) {
            replica.close();
        }
        if (master != null) {
            master.close();
        }
    }

    @Test
    void a_killed_master_is_replaced_by_its_replica_and_the_site_serves_throughout_and_caches_again() throws Exception {
        master.kill();
        for (String route : ROUTES) {
            HttpResponse<String> page = site.get(route);
            assertThat(page.statusCode()).as(route + " with the master gone").isEqualTo(200);
            assertThat(page.body()).as(route + " with the master gone").isEqualTo(reference.get(route).body());
        }
        editPostTwoAndAwaitItCachedOnTheReplica();
    }

    @Test
    void an_operator_failover_moves_the_site_to_the_new_master() throws Exception {
        assertThat(sentinels.get(0).command("SENTINEL", "FAILOVER", MASTER)).isEqualTo("OK");
        editPostTwoAndAwaitItCachedOnTheReplica();
        // The sentinels' reconfiguration of the old master ends with CLIENT KILL TYPE normal, which may
        // reset the connection of a poll in flight: that poll counts as "not yet".
        Await.until(Duration.ofSeconds(20), "the old master following the new one",
                () -> String.valueOf(master.tryCommand("INFO", "replication").orElse("")).contains("role:slave"));
        for (String route : ROUTES) {
            assertThat(site.get(route).body()).as(route).isEqualTo(reference.get(route).body());
        }
    }

    private void editPostTwoAndAwaitItCachedOnTheReplica() throws Exception {
        site.write("posts/p2.md", TestSite.post("post 2", "2025-05-02", "tags: [s]\n", "Edited during the failover."));
        site.app().sync();
        reference.app().sync();
        assertThat(site.get("/posts/p2").body()).contains("Edited during the failover.");

        Await.until(Duration.ofSeconds(30), "the sentinels naming the replica as master", () -> String.valueOf(
                sentinels.get(1).command("SENTINEL", "GET-MASTER-ADDR-BY-NAME", MASTER)).contains(replica.port() + ""));
        Await.until(Duration.ofSeconds(20), "X-Cache: HIT on /posts/p2 after the failover", () -> {
            HttpResponse<String> page = site.get("/posts/p2");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Edited during the failover.");
            return cache(page).equals("HIT");
        });
        assertThat(replica.info("replication")).contains("role:master");
        assertThat(replica.keys("anp:*:frag:{/posts/p2}:*")).as("the edited page's fragments on the new master").isNotEmpty();
    }

    private URI uri() {
        return URI.create("redis-sentinel://" + sentinels.stream().map(sentinel -> "127.0.0.1:" + sentinel.port())
                .collect(Collectors.joining(",")) + "?sentinelMasterId=" + MASTER);
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue("X-Cache").orElse("");
    }
}
