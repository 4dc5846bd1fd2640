package dev.alphanode.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import io.lettuce.core.RedisClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

/**
 * A change whose purge never reached Redis (the process stopped first, or Redis was away, or the
 * cache was off) is purged at the next start: the purge is owed in H2, not only in memory.
 */
class InterruptedPurgeTest {
    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    final int redisPort = freePort();
    TestSite site;

    @BeforeEach
    void warmSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri()).withTwoPostsAndADraft().start();
        for (String route : new String[] {"/", "/posts/a", "/tags/x"}) {
            site.await(route, page -> page.headers().firstValue("X-Cache").orElse("").equals("HIT"));
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_purge_redis_never_took_before_the_process_stopped_is_carried_out_at_the_next_start() throws Exception {
        site.close();
        Path dump = Files.createDirectories(root.resolve("redis"));
        RedisServer persistent = persistentRedis(dump);
        persistent.start();
        try {
            site = new TestSite(root).cachedIn(URI.create("redis://127.0.0.1:" + redisPort)).start();
            site.await("/posts/a", page -> page.headers().firstValue("X-Cache").orElse("").equals("HIT"));
            site.await("/", page -> page.headers().firstValue("X-Cache").orElse("").equals("HIT"));
            try (RedisClient client = RedisClient.create("redis://127.0.0.1:" + redisPort)) {
                client.connect().sync().save();
            }
            persistent.stop();

            site.write("posts/a.md", TestSite.post("first post, retitled", "2025-01-01", "tags: [x]\n", "Alpha body."));
            site.app().sync();
            assertThat(site.app().cache().orElseThrow().purgesPending()).as("purge waiting for Redis").isTrue();
            site.close();
            persistent = persistentRedis(dump);
            persistent.start();

            site.start();

            assertFresh();
        } finally {
            persistent.stop();
        }
    }

    /** A Redis that keeps its keys across a stop (an RDB file in {@code dir}), on a port of its own. */
    private RedisServer persistentRedis(Path dir) throws Exception {
        return RedisServer.newRedisServer().bind("127.0.0.1").port(redisPort)
                .setting("dir " + dir).setting("dbfilename dump.rdb").setting("save \"\"").setting("appendonly no")
                .build();
    }

    @Test
    void a_change_imported_with_the_cache_off_is_purged_when_the_site_starts_with_the_cache_again() throws Exception {
        site.close();
        TestSite uncached = new TestSite(site.contentDir, site.dataDir);
        uncached.write("posts/a.md", TestSite.post("first post, retitled", "2025-01-01", "tags: [x]\n", "Alpha body."));
        uncached.start().close();

        site.start();

        assertFresh();
    }

    @Test
    void a_start_with_nothing_owed_keeps_the_cached_pages() throws Exception {
        site.restart();
        // On a busy machine the first connection may miss its timeout and come a moment later.
        site.await("/healthz", health -> health.body().contains("\"redis\":\"up\""));

        assertThat(site.get("/posts/a").headers().firstValue("X-Cache")).hasValue("HIT");
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertFresh() throws Exception {
        for (String route : new String[] {"/", "/posts/a", "/tags/x"}) {
            HttpResponse<String> page = site.get(route);
            assertThat(page.body()).as(route).contains("first post, retitled");
        }
    }

}
