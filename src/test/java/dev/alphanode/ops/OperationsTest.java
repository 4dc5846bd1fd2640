package dev.alphanode.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What operators read: Prometheus metrics, health, and a clean shutdown. */
class OperationsTest {
    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri());
        site.write("posts/a.md", TestSite.post("metrics post", "2025-01-01", "tags: [ops]\n", "Body."));
        site.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void metrics_parse_as_prometheus_text_and_count_requests_hits_misses_and_db_calls() throws Exception {
        site.get("/posts/a");
        site.get("/posts/a");
        var response = site.get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        String text = response.body();
        for (String line : text.split("\n")) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                assertThat(line).as("a Prometheus sample line").matches("^[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*\\})? (-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)$");
            }
        }
        assertThat(value(text, "http_server_requests_seconds_count\\{cache=\"MISS\",method=\"GET\",route=\"/posts/\\{slug\\}\",status=\"200\"\\}")).isEqualTo(1);
        assertThat(value(text, "http_server_requests_seconds_count\\{cache=\"HIT\",method=\"GET\",route=\"/posts/\\{slug\\}\",status=\"200\"\\}")).isEqualTo(1);
        assertThat(value(text, "anp_cache_hits_total")).isEqualTo(1);
        assertThat(value(text, "anp_cache_misses_total")).isEqualTo(1);
        assertThat(value(text, "anp_db_calls_total")).isGreaterThanOrEqualTo(1);
        assertThat(text).contains("hikaricp_connections_active", "jvm_memory_used_bytes", "anp_redis_up 1.0",
                "anp_content_sync_seconds_count", "http_server_requests_seconds_bucket");
    }

    @Test
    void health_is_degraded_but_up_while_redis_is_stopped() throws Exception {
        redis.stop();
        site.await("/healthz", r -> r.body().contains("\"status\":\"degraded\""));
        var health = site.get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\":\"up\"", "\"redis\":\"down\"");
        assertThat(site.get("/metrics").body()).contains("anp_redis_up 0.0");
    }

    @Test
    void shutdown_frees_the_port() throws Exception {
        int port = site.app().port();
        site.close();
        try (ServerSocket socket = new ServerSocket(port)) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    private static double value(String text, String metric) {
        Matcher matcher = Pattern.compile("(?m)^" + metric + " ([0-9.eE+-]+)$").matcher(text);
        assertThat(matcher.find()).as(metric + " in /metrics").isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
