package dev.alphanode.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.TestSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request metrics are labelled from closed sets: what a client sends cannot grow /metrics. */
class MetricLabelsTest {
    private static final Pattern SERIES = Pattern.compile("(?m)^http_server_requests_seconds_count\\{");

    @TempDir
    Path root;
    TestSite site;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root);
        site.write("posts/a.md", TestSite.post("a post", "2025-01-01", "tags: [x]\n", "Body."));
        site.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void made_up_methods_and_paths_add_no_series_and_routes_keep_their_templates() throws Exception {
        for (String path : new String[] {"/", "/posts/a", "/tags/x", "/healthz", "/nope", "/media/nope.png"}) {
            send("GET", path);
        }
        send("M1", "/");
        send("M2", "/nope");
        String before = site.get("/metrics").body();
        Random random = new Random(4);
        for (int i = 0; i < 500; i++) {
            String method = "M" + random.nextInt(1_000_000_000);
            String path = switch (i % 4) {
                case 0 -> "/";
                case 1 -> "/x" + random.nextInt(1_000_000_000);
                case 2 -> "/posts/p" + random.nextInt(1_000_000);
                default -> "/media/m" + random.nextInt(1_000_000) + ".png";
            };
            send(i % 2 == 0 ? method : "GET", path);
        }
        String after = site.get("/metrics").body();
        assertThat(series(after)).as("series after 500 made-up methods and paths").isLessThanOrEqualTo(series(before) + 6);
        assertThat(after.length()).as("/metrics size").isLessThan(2 * before.length());
        assertThat(after).doesNotContain("method=\"M", "route=\"/x", "route=\"/posts/p", "route=\"/media/m")
                .contains("method=\"other\"", "route=\"/posts/{slug}\",status=\"200\"",
                        "route=\"/tags/{slug}\",status=\"200\"", "route=\"/media/<path>\",status=\"404\"",
                        "route=\"unmatched\",status=\"404\"");
    }

    private static int series(String metrics) {
        return (int) SERIES.matcher(metrics).results().count();
    }

    private void send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + site.app().port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
