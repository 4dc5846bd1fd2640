package dev.alphanode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.Await;
import dev.alphanode.PurgeCommand;
import dev.alphanode.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site on a real three-master Redis Cluster ({@code ANP_REDIS_URL=redis-cluster://…}): pages
 * spread over every shard, purges reach every shard, and a master's crash costs only the time its
 * replica takes to be promoted.
 */
class ClusterTest {
    private static final int POSTS = 20;
    private static final String FRAGMENTS = "anp:*:frag:*";

    @TempDir
    static Path clusterDir;
    static LocalCluster cluster;

    @TempDir
    Path root;
    TestSite site;
    TestSite reference;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = LocalCluster.start(clusterDir);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void startSite() throws Exception {
        cluster.flushAll();
        Path content = root.resolve("content");
        site = new TestSite(content, root.resolve("site")).cachedIn(cluster.uri());
        reference = new TestSite(content, root.resolve("reference"));
        // Similar lists by taxonomy only, so that a body edit changes no other page.
        site.write("site.yml", "similar_weights: {text: 0}\n");
        for (int i = 1; i <= POSTS; i++) {
            site.write("posts/p" + i + ".md", TestSite.post("post " + i, "2025-04-" + (i < 10 ? "0" : "") + i,
                    "summary: \"about " + i + "\"\ntags: [t" + (i % 3) + "]\n", "Body of post " + i + "."));
        }
        site.start();
        reference.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
        reference.close();
    }

    @Test
    void pages_come_back_whole_from_fragments_spread_over_every_master() throws Exception {
        List<String> routes = warm();
        for (String route : routes) {
            HttpResponse<String> page = site.get(route);
            assertThat(page.headers().firstValue("X-Cache")).as(route).hasValue("HIT");
            assertThat(page.body()).as(route).isEqualTo(reference.get(route).body());
        }
        Map<Integer, List<String>> perMaster = keysPerMaster();
        assertThat(perMaster).hasSize(3).allSatisfy((port, keys) -> assertThat(keys).as("fragments on master " + port).isNotEmpty());
    }

    @Test
    void a_body_edit_deletes_exactly_its_routes_fragments_and_no_other_shard_loses_any() throws Exception {
        warm();
        Map<Integer, List<String>> before = keysPerMaster();

        site.write("posts/p7.md", TestSite.post("post 7", "2025-04-07", "summary: \"about 7\"\ntags: [t1]\n", "New body of 7."));
        site.app().sync();

        Map<Integer, List<String>> after = keysPerMaster();
        Set<String> removed = new HashSet<>();
        before.forEach((port, keys) -> keys.stream().filter(key -> !after.get(port).contains(key)).forEach(removed::add));
        assertThat(removed).isNotEmpty().allSatisfy(key -> assertThat(key).contains("{/posts/p7}"));
        assertThat(removed).containsExactlyInAnyOrderElementsOf(
                before.values().stream().flatMap(List::stream).filter(key -> key.contains("{/posts/p7}")).toList());
        before.forEach((port, keys) -> assertThat(after.get(port)).as("master " + port).hasSize(
                keys.size() - (int) keys.stream().filter(removed::contains).count()));
        assertThat(site.get("/posts/p7").body()).contains("New body of 7.");
    }

    @Test
    void a_title_edit_purges_its_pages_on_several_shards_and_every_page_matches_an_uncached_site() throws Exception {
        List<String> routes = warm();
        Map<Integer, List<String>> before = keysPerMaster();

        site.write("posts/p12.md", TestSite.post("post twelve renamed", "2025-04-12", "summary: \"about 12\"\ntags: [t0]\n",
                "Body of post 12."));
        site.app().sync();
        reference.app().sync();

        Map<Integer, List<String>> after = keysPerMaster();
        long shardsPurged = before.keySet().stream().filter(port -> after.get(port).size() < before.get(port).size()).count();
        assertThat(shardsPurged).as("masters that lost fragments").isGreaterThanOrEqualTo(2);
        for (String route : routes) {
            assertThat(site.get(route).body()).as(route).isEqualTo(reference.get(route).body());
        }
        assertThat(site.get("/").body()).contains("post twelve renamed");
    }

    @Test
    void the_purge_command_deletes_a_route_or_every_fragment_on_every_master() throws Exception {
        warm();
        long total = keysPerMaster().values().stream().mapToLong(List::size).sum();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(purge(out, "--route", "/posts/p3")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("purged 7 keys (route /posts/p3)\n");
        site.await("/posts/p3", response -> response.headers().firstValue("X-Cache").orElse("").equals("MISS"));

        long left = keysPerMaster().values().stream().mapToLong(List::size).sum();
        out.reset();
        assertThat(purge(out, "--all")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("purged " + left + " keys (all routes)\n");
        assertThat(left).isEqualTo(total);
        assertThat(keysPerMaster()).allSatisfy((port, keys) -> assertThat(keys).as("master " + port).isEmpty());
        site.await("/posts/p5", response -> response.headers().firstValue("X-Cache").orElse("").equals("MISS"));
    }

    @Test
    void a_killed_master_leaves_pages_served_and_its_promoted_replica_caches_again() throws Exception {
        List<String> routes = warm();
        RedisProcess victim = cluster.masters().get(0);
        String route = IntStream.rangeClosed(1, POSTS).mapToObj(i -> "/posts/p" + i)
                .filter(path -> !victim.keys("anp:*:frag:{" + path + "}:*").isEmpty()).findFirst().orElseThrow();

        victim.kill();
        for (String path : routes) {
            HttpResponse<String> page = site.get(path);
            assertThat(page.statusCode()).as(path + " with a master down").isEqualTo(200);
            assertThat(page.body()).as(path + " with a master down").isEqualTo(reference.get(path).body());
        }
        String slug = route.substring("/posts/".length());
        site.write("posts/" + slug + ".md", TestSite.post("post " + slug.substring(1), date(slug), "summary: \"about "
                + slug.substring(1) + "\"\ntags: [t" + (Integer.parseInt(slug.substring(1)) % 3) + "]\n", "Edited while a master was down."));
        site.app().sync();
        assertThat(site.get(route).body()).contains("Edited while a master was down.");

        Await.until(Duration.ofSeconds(20), "the replica promoted, cluster_state:ok", cluster::ok);
        Await.until(Duration.ofSeconds(20), "X-Cache: HIT on " + route + " after the failover", () -> {
            HttpResponse<String> page = site.get(route);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Edited while a master was down.");
            return page.headers().firstValue("X-Cache").orElse("").equals("HIT");
        });
        assertThat(cluster.masters()).hasSize(3).doesNotContain(victim);
        assertThat(cluster.masters().stream().anyMatch(master -> !master.keys("anp:*:frag:{" + route + "}:*").isEmpty()))
                .as("the edited page stored on the promoted replica").isTrue();
    }

    private static String date(String slug) {
        int i = Integer.parseInt(slug.substring(1));
        return "2025-04-" + (i < 10 ? "0" : "") + i;
    }

    /** Every post and listing page, each requested until Redis holds it. */
    private List<String> warm() throws Exception {
        List<String> routes = new ArrayList<>(List.of("/", "/page/2", "/tags/t0", "/tags/t1", "/tags/t2"));
        IntStream.rangeClosed(1, POSTS).forEach(i -> routes.add("/posts/p" + i));
        for (String route : routes) {
            site.await(route, response -> response.headers().firstValue("X-Cache").orElse("").equals("HIT"));
        }
        return routes;
    }

    private static Map<Integer, List<String>> keysPerMaster() {
        Map<Integer, List<String>> keys = new HashMap<>();
        cluster.masters().forEach(master -> keys.put(master.port(), master.keys(FRAGMENTS)));
        return keys;
    }

    private static int purge(ByteArrayOutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PurgeCommand.run(args, Map.of("ANP_REDIS_URL", cluster.uri().toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        return code;
    }
}
