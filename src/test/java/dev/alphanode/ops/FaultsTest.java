package dev.alphanode.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import dev.alphanode.config.Config;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults an instance does not recover from (a dead thread, an {@code Error}) make {@code /healthz}
 * fail with the reason, so the load balancer takes the instance out and an operator restarts it.
 */
class FaultsTest {
    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri()).watching(Config.Watch.POLL);
        site.write("posts/a.md", TestSite.post("a post", "2025-01-01", "", "Body."));
        site.start();
        assertThat(site.get("/healthz").statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void health_fails_once_the_content_watcher_thread_has_stopped() throws Exception {
        Thread watcher = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("alphanode-content-watcher")).findFirst().orElseThrow();
        watcher.interrupt();
        watcher.join(5_000);
        String body = site.await("/healthz", r -> r.statusCode() == 503);
        assertThat(body).contains("\"status\":\"failing\"", "the content watcher is not running");
        assertThat(head("/healthz")).isEqualTo(503);
        assertThat(site.get("/metrics").body()).contains("anp_faults 1.0");
    }

    @Test
    void a_thread_that_dies_of_an_uncaught_error_turns_health_to_failing() throws Exception {
        Thread doomed = new Thread(() -> {
            throw new OutOfMemoryError("simulated: Java heap space");
        }, "doomed-worker");
        doomed.start();
        doomed.join(5_000);
        String body = site.await("/healthz", r -> r.statusCode() == 503);
        assertThat(body).contains("\"status\":\"failing\"", "thread doomed-worker died",
                "java.lang.OutOfMemoryError: simulated: Java heap space");
        assertThat(site.get("/").statusCode()).as("pages are still served meanwhile").isEqualTo(200);
    }

    @Test
    void markdown_nested_deep_enough_to_overflow_the_renderer_is_a_content_error_and_the_site_stays_healthy()
            throws Exception {
        site.write("posts/deep.md", TestSite.post("deep", "2025-01-02", "", ">".repeat(30_000) + " deep"));
        site.app().sync();

        assertThat(site.get("/posts/deep").statusCode()).isEqualTo(404);
        HttpResponse<String> health = site.get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("posts/deep.md:5: blockquotes and lists are nested 30000 levels deep");
    }

    @Test
    void a_stack_overflow_is_one_request_failing_while_an_out_of_memory_error_is_a_fault() {
        // An overflow unwinds with the call that overflowed (one render), leaving the JVM whole.
        assertThat(Faults.error(new IllegalStateException(new StackOverflowError()))).isEmpty();
        assertThat(Faults.error(new IllegalStateException(new OutOfMemoryError("heap")))).isPresent();
    }

    private int head(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + site.app().port() + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
