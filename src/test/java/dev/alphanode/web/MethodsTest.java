package dev.alphanode.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.App;
import dev.alphanode.RedisExtension;
import dev.alphanode.TestSite;
import dev.alphanode.config.Config;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each method gets on each kind of route: HEAD answers what GET answers (a load balancer
 * probing with HEAD sees outages), a method a route does not take is 405 with {@code Allow}, a
 * path no route takes is 404 whatever the method.
 */
class MethodsTest {
    /** Headers that legitimately differ between two responses of the same resource. */
    private static final List<String> NOT_TAKEN = List.of("TRACE", "OPTIONS", "PUT", "M12345");

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();
    @TempDir
    Path root;
    TestSite site;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(root).cachedIn(redis.uri()).withTwoPostsAndADraft();
        Files.createDirectories(site.contentDir.resolve("media"));
        Files.write(site.contentDir.resolve("media/pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        site.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void head_answers_with_the_status_and_headers_of_get_on_every_kind_of_route() throws Exception {
        for (String path : List.of("/", "/posts/a", "/posts/nope", "/healthz", "/metrics", "/media/pic.png",
                "/media/nope.png", "/static/css/site.css", "/static/nope.css", "/admin/content", "/nope")) {
            HttpResponse<byte[]> get = send(port(), "GET", path);
            HttpResponse<byte[]> head = send(port(), "HEAD", path);
            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(get.statusCode());
            assertThat(StableHeaders.of(head.headers())).as("HEAD " + path).isEqualTo(StableHeaders.of(get.headers()));
            assertThat(head.body()).as("HEAD " + path).isEmpty();
        }
        assertThat(send(port(), "HEAD", "/admin/content").statusCode()).as("no token").isEqualTo(401);
        assertThat(send(port(), "HEAD", "/media/nope.png").statusCode()).isEqualTo(404);
        assertThat(send(port(), "HEAD", "/admin/content", "Authorization", "Bearer " + TestSite.ADMIN_TOKEN)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void head_of_admin_routes_is_404_like_get_when_no_admin_token_is_set() throws Exception {
        Path other = Files.createDirectories(root.resolve("other"));
        Files.createDirectories(other.resolve("content/posts"));
        try (App app = App.start(new Config(0, other.resolve("content"), "jdbc:h2:file:" + other.resolve("data/anp"),
                Optional.empty(), false, Optional.empty(), URI.create("http://localhost:8080"), Optional.empty(),
                Config.Watch.OFF, Duration.ofMillis(100), 1024 * 1024, Config.Logs.DEFAULT))) {
            for (String path : List.of("/admin/content", "/admin/similar/a")) {
                assertThat(send(app.port(), "GET", path).statusCode()).as("GET " + path).isEqualTo(404);
                assertThat(send(app.port(), "HEAD", path).statusCode()).as("HEAD " + path).isEqualTo(404);
                HttpResponse<byte[]> put = send(app.port(), "PUT", path);
                assertThat(put.statusCode()).as("PUT " + path + ": not even a 405").isEqualTo(404);
                assertThat(put.headers().firstValue("Allow")).as("PUT " + path).isEmpty();
            }
        }
    }

    @Test
    void head_of_healthz_is_503_like_get_while_the_database_is_gone() throws Exception {
        // Shuts the H2 database down under the app's pool and puts a file where its folder was: no reconnect.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + site.dataDir.resolve("alphanode"),
                "sa", "")) {
            connection.createStatement().execute("SHUTDOWN");
        }
        Files.move(site.dataDir, root.resolve("data-moved"));
        Files.writeString(site.dataDir, "not a folder");
        HttpResponse<byte[]> get = send(port(), "GET", "/healthz");
        HttpResponse<byte[]> head = send(port(), "HEAD", "/healthz");
        assertThat(get.statusCode()).isEqualTo(503);
        assertThat(new String(get.body())).contains("\"db\":\"down\"");
        assertThat(head.statusCode()).isEqualTo(503);
        assertThat(StableHeaders.of(head.headers())).isEqualTo(StableHeaders.of(get.headers()));
    }

    @Test
    void a_method_a_route_does_not_take_is_405_with_allow_and_the_rendered_page() throws Exception {
        warmNearCache("/posts/a");
        for (String path : List.of("/", "/posts/a", "/posts/nope", "/healthz")) {
            for (String method : NOT_TAKEN) {
                long nearHits = site.app().web().nearHitsAnswered();
                HttpResponse<byte[]> response = send(port(), method, path);
                String what = method + " " + path;
                assertThat(response.statusCode()).as(what).isEqualTo(405);
                assertThat(response.headers().firstValue("Allow")).as(what).hasValue("GET, HEAD");
                assertThat(site.app().web().nearHitsAnswered()).as(what + " never a near hit").isEqualTo(nearHits);
                if (!method.equals("HEAD")) {
                    assertThat(new String(response.body())).as(what).contains("Method not allowed")
                            .doesNotContain("Exception", "at io.javalin", "at dev.alphanode");
                }
            }
        }
        HttpResponse<byte[]> getPurge = send(port(), "GET", "/admin/purge");
        assertThat(getPurge.statusCode()).isEqualTo(405);
        assertThat(getPurge.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void a_path_no_route_takes_is_404_for_every_method() throws Exception {
        for (String method : List.of("GET", "HEAD", "POST", "TRACE", "OPTIONS", "PUT", "M12345")) {
            HttpResponse<byte[]> response = send(port(), method, "/no/such/page");
            assertThat(response.statusCode()).as(method).isEqualTo(404);
            assertThat(response.headers().firstValue("Allow")).as(method).isEmpty();
            if (!method.equals("HEAD")) {
                assertThat(new String(response.body())).as(method).contains("Page not found");
            }
        }
    }

    private void warmNearCache(String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long before;
        do {
            assertThat(System.nanoTime()).as(path + " lands in the near cache within 5 s").isLessThan(deadline);
            before = site.app().web().nearHitsAnswered();
            send(port(), "GET", path);
        } while (site.app().web().nearHitsAnswered() == before);
    }

    private int port() {
        return site.app().port();
    }

    private HttpResponse<byte[]> send(int port, String method, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
