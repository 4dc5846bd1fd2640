package dev.alphanode;

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
public final class TestSite implements AutoCloseable {
    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";

    public final Path contentDir;
    public final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private App app;
    private Optional<URI> redis = Optional.empty();
    private Config.Watch watch = Config.Watch.OFF;
    private URI baseUrl = Config.DEFAULT_BASE_URL;
    private Optional<Config.EdgePurge> edge = Optional.empty();
    private Optional<Path> staticDir = Optional.empty();

    public TestSite(Path root) throws IOException {
        this(root.resolve("content"), root.resolve("data"));
    }

    /** A site over a content folder that another site may share, with its own database. */
    public TestSite(Path contentDir, Path dataDir) throws IOException {
        this.contentDir = Files.createDirectories(contentDir);
        this.dataDir = Files.createDirectories(dataDir);
        Files.createDirectories(contentDir.resolve("posts"));
    }

    /** Watches content/ for changes (default: off; tests then call {@code app().sync()}). */
    public TestSite watching(Config.Watch mode) {
        this.watch = mode;
        return this;
    }

    /** Serves under this ANP_BASE_URL (default: unset, {@link Config#DEFAULT_BASE_URL}). */
    public TestSite baseUrl(URI url) {
        this.baseUrl = url;
        return this;
    }

    /** Announces purges to this edge cache (default: none). */
    public TestSite purgingEdge(Config.EdgePurge target) {
        this.edge = Optional.of(target);
        return this;
    }

    /** Serves {@code /static/} from this folder, as ANP_STATIC_DIR does (default: the files in the build). */
    public TestSite staticFrom(Path dir) {
        this.staticDir = Optional.of(dir);
        return this;
    }

    /** Caches fragments in this Redis (default: cache off). */
    public TestSite cachedIn(URI redisUrl) {
        this.redis = Optional.of(redisUrl);
        return this;
    }

    public TestSite write(String relativePath, String text) throws IOException {
        Path file = contentDir.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    /** Two published posts tagged {@code x} ({@code /posts/a}, {@code /posts/b}) and a draft ({@code /posts/d}). */
    public TestSite withTwoPostsAndADraft() throws IOException {
        write("posts/a.md", post("first post", "2025-01-01", "tags: [x]\n", "Alpha body."));
        write("posts/b.md", post("second post", "2025-01-02", "tags: [x]\n", "Beta body."));
        return write("posts/d.md", post("a draft", "2025-01-03", "draft: true\n", "Draft body."));
    }

    public TestSite start() {
        app = App.start(new Config(0, contentDir, "jdbc:h2:file:" + dataDir.resolve("alphanode"), redis,
                redis.isPresent(), Optional.of(ADMIN_TOKEN), baseUrl, Optional.empty(),
                watch, Duration.ofMillis(100), 1024 * 1024, Config.Logs.DEFAULT, edge, staticDir));
        return this;
    }

    public App app() {
        return app;
    }

    public void restart() {
        app.close();
        start();
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls {@code path} until its response satisfies {@code condition} or 5 s pass; returns the last body. */
    public String await(String path, java.util.function.Predicate<HttpResponse<String>> condition) throws Exception {
        return Await.until(Duration.ofSeconds(5), "GET " + path + " answering as expected", () -> get(path), condition,
                response -> "status " + response.statusCode() + ", body:\n" + response.body()).body();
    }

    public HttpResponse<String> httpPost(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public void delete(String relativePath) throws IOException {
        Files.delete(contentDir.resolve(relativePath));
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
    }

    public static String post(String title, String date, String extraFrontMatter, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\n" + extraFrontMatter + "---\n" + body + "\n";
    }
}
