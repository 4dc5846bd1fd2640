package dev.alphanode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar as a black box: started from another working directory with only ANP_* settings. */
class JarIT {
    static final Path JAR = Path.of(System.getProperty("alphanode.jar", "target/alphanode.jar")).toAbsolutePath();

    @TempDir
    Path work;

    record Result(int exit, String out, String err) {
    }

    Result run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ANP_"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void version_and_help_describe_the_commands() throws Exception {
        assertThat(run(Map.of(), "--version").out()).startsWith("alphanode ");
        Result help = run(Map.of(), "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("serve", "check [DIR]", "generate --count N --out DIR [--seed S]");
    }

    @Test
    void generate_20000_posts_passes_check() throws Exception {
        Result generated = run(Map.of(), "generate", "--count", "20000", "--out", "site", "--seed", "7");
        assertThat(generated.exit()).as(generated.err()).isZero();
        try (Stream<Path> files = Files.walk(work.resolve("site/posts"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".md")).count()).isEqualTo(20_000);
        }
        Result check = run(Map.of(), "check", "site");
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(check.out()).contains("20000 posts");
    }

    @Test
    void check_reports_each_problem_as_path_line_message_and_exits_1() throws Exception {
        Path posts = Files.createDirectories(work.resolve("content/posts"));
        Files.writeString(posts.resolve("good.md"), "---\ntitle: \"ok\"\ndate: 2025-01-01\n---\nBody.\n");
        Files.writeString(posts.resolve("bad.md"), "---\ntitle: \"bad\"\ndate: 2024-13-45\n---\nBody.\n");
        Result check = run(Map.of(), "check", "content");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains(
                "content/posts/bad.md:3: invalid date '2024-13-45' for 'date' "
                + "(expected a real calendar date YYYY-MM-DD, optionally with a time HH:MM[:SS][.fff] after a space or 'T' and an offset Z, ±HH:MM or ±HHMM)");
        Files.delete(posts.resolve("bad.md"));
        assertThat(run(Map.of(), "check", "content").exit()).isZero();
    }

    @Test
    void a_bad_setting_stops_start_up_with_one_line() throws Exception {
        Files.createDirectories(work.resolve("content"));
        Result result = run(Map.of("ANP_PORT", "abc"));
        assertThat(result.exit()).isNotZero();
        assertThat(result.err().strip()).isEqualTo(
                "ANP_PORT: 'abc' is not valid (expected a port number from 0 to 65535; 0 picks a free port)");
    }

    @Test
    void serve_runs_from_any_directory_with_only_anp_settings() throws Exception {
        assertThat(run(Map.of(), "generate", "--count", "30", "--out", "content").exit()).isZero();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-jar", JAR.toString()).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ANP_"));
        builder.environment().put("ANP_PORT", String.valueOf(port));
        builder.environment().put("ANP_CONTENT_DIR", work.resolve("content").toString());
        builder.environment().put("ANP_DB_URL", "jdbc:h2:file:" + work.resolve("db/site"));
        Process server = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String home = waitForHome(http, port);
            assertThat(home).contains("<!DOCTYPE html>", "href=\"/posts/");
            String slug = home.replaceAll("(?s).*?href=\"/posts/([a-z0-9-]+)\".*", "$1");
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/posts/" + slug)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(200);
            assertThat(post.body()).contains("<article", "<aside class=\"post-meta\"", "<ul",
                    "<section id=\"similar-posts\"", "href=\"/posts/");
            assertThat(Files.exists(work.resolve("data"))).as("default ./data unused when ANP_DB_URL is set").isFalse();
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(work.resolve("serve.log"), StandardCharsets.UTF_8)).contains("ready on");
    }

    @Test
    void a_50_mb_post_and_an_over_long_body_are_content_errors_while_the_site_serves_the_rest() throws Exception {
        Path posts = Files.createDirectories(work.resolve("content/posts"));
        Files.writeString(posts.resolve("good.md"), "---\ntitle: \"still here\"\ndate: 2025-01-01\n---\nBody.\n");
        writeHugePost(posts.resolve("big.md"));
        Files.writeString(posts.resolve("long.md"), "---\ntitle: a\ndate: 2025-01-01\n---\n" + "word ".repeat(200_001));
        String bigError = "posts/big.md:1: file is 50000000 bytes (expected at most 4194304 bytes";
        String longError = "posts/long.md:5: body is 1000005 characters (expected at most 1000000 characters)";

        Result check = run(Map.of(), "check", "content");
        assertThat(check.exit()).as(check.out()).isEqualTo(1);
        assertThat(check.out()).contains("content/" + bigError, "content/" + longError);

        int port = freePort();
        Process server = serve(port, "-Xmx384m");
        try {
            HttpClient http = HttpClient.newHttpClient();
            assertThat(waitForHome(http, port)).contains("still here");
            assertThat(get(http, port, "/posts/good").statusCode()).isEqualTo(200);
            assertThat(get(http, port, "/healthz").body()).contains(bigError, longError);

            writeHugePost(posts.resolve("added.md"));
            String health = awaitBody(http, port, "/healthz", body -> body.contains("posts/added.md:1: file is 50000000 bytes"));
            assertThat(health).contains(bigError, longError);
            assertThat(get(http, port, "/posts/good").statusCode()).isEqualTo(200);
            assertThat(server.isAlive()).isTrue();
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(work.resolve("serve.log"), StandardCharsets.UTF_8)).doesNotContain("OutOfMemoryError");
    }

    /** A valid-looking post of exactly 50,000,000 bytes, written without holding it in memory. */
    private static void writeHugePost(Path file) throws IOException {
        byte[] header = "---\ntitle: huge\ndate: 2025-01-01\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] words = "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            out.write(header);
            long left = 50_000_000L - header.length;
            while (left > 0) {
                int n = (int) Math.min(words.length, left);
                out.write(words, 0, n);
                left -= n;
            }
        }
    }

    private Process serve(int port, String... jvmArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin()));
        command.addAll(List.of(jvmArgs));
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ANP_"));
        builder.environment().put("ANP_PORT", String.valueOf(port));
        builder.environment().put("ANP_CONTENT_DIR", work.resolve("content").toString());
        builder.environment().put("ANP_DB_URL", "jdbc:h2:file:" + work.resolve("db/site"));
        builder.environment().put("ANP_CACHE", "off");
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String awaitBody(HttpClient http, int port, String path, java.util.function.Predicate<String> done)
            throws Exception {
        return Await.until(Duration.ofSeconds(30), "GET " + path + " answering as expected",
                () -> get(http, port, path).body(), done, body -> "body:\n" + body);
    }

    private static String waitForHome(HttpClient http, int port) throws Exception {
        return Await.until(Duration.ofSeconds(60), "the site answering 200 on port " + port, () -> home(http, port),
                Optional::isPresent, home -> "").orElseThrow();
    }

    /** The home page, or empty while the site is not up yet (refused, or not 200). */
    private static Optional<String> home(HttpClient http, int port) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
