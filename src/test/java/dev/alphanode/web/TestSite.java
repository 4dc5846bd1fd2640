package dev.alphanode.web;

import dev.alphanode.App;
import dev.alphanode.config.Config;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A real site on a random port over a temp content folder and a temp H2 file. */
final class TestSite implements AutoCloseable {
    static final String ADMIN_TOKEN = "test-admin-token-0123456789";

    final Path contentDir;
    final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private App app;

    TestSite(Path root) throws IOException {
        this.contentDir = Files.createDirectories(root.resolve("content"));
        this.dataDir = Files.createDirectories(root.resolve("data"));
        Files.createDirectories(contentDir.resolve("posts"));
    }

    TestSite write(String relativePath, String text) throws IOException {
        Path file = contentDir.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    TestSite start() {
        app = App.start(new Config(0, contentDir, "jdbc:h2:file:" + dataDir.resolve("alphanode"), Optional.empty(),
                false, Optional.of(ADMIN_TOKEN), URI.create("http://localhost:8080"), Optional.empty()));
        return this;
    }

    App app() {
        return app;
    }

    void restart() {
        app.close();
        start();
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
    }

    static String post(String title, String date, String extraFrontMatter, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + extraFrontMatter + "---\n" + body + "\n";
    }
}
