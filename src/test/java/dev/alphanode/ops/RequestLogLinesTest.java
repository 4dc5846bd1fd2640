package dev.alphanode.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.Await;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request log as an operator reads it: the site runs as its own process with the logback set-up it
 * ships with, and every request it answered is one line on its standard output — also when the reader of
 * that output stalls (a busy terminal, a log shipper catching up) and when the server is stopped right
 * after its last request.
 */
class RequestLogLinesTest {
    private static final int REQUESTS = 12_000;
    /** More lines than the log's queue (8,192) and a pipe's buffer hold together. */
    private static final int BEYOND_THE_QUEUE = 10_000;

    @TempDir
    Path work;
    Process server;

    @AfterEach
    void stop() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void every_request_is_one_line_even_when_the_log_reader_stalls_and_the_server_stops_at_once() throws Exception {
        assertThat(java("generate", "--count", "5", "--out", work.resolve("content").toString()).start().waitFor()).isZero();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder serve = java("serve").redirectErrorStream(true);
        serve.environment().put("ANP_PORT", String.valueOf(port));
        serve.environment().put("ANP_CONTENT_DIR", work.resolve("content").toString());
        serve.environment().put("ANP_DB_URL", "jdbc:h2:file:" + work.resolve("db/site"));
        server = serve.start();

        AtomicInteger sent = new AtomicInteger();
        AtomicLong lines = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch readOn = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(ready, readOn, lines), "log-reader");
        reader.start();
        assertThat(ready.await(120, TimeUnit.SECONDS)).as("the site printed 'ready on'").isTrue();

        HttpClient http = HttpClient.newHttpClient();
        String page = "http://127.0.0.1:" + port + "/posts/" + firstSlug(http, port);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            done.add(clients.submit(() -> {
                while (sent.getAndIncrement() < REQUESTS) {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    assertThat(response.statusCode()).isEqualTo(200);
                }
                return null;
            }));
        }
        // The log's reader stalls until more requests were answered than the queue holds, or until
        // answers stop coming (the server waits for its log rather than drop lines): then it reads on.
        Await.until(Duration.ofSeconds(120), "more answers than the log's queue holds, or the answers pausing for the log",
                () -> sent.get() >= BEYOND_THE_QUEUE || sent.get() > 1_000 && pausedFor(Duration.ofSeconds(3), sent));
        int answeredWhileStalled = Math.min(sent.get(), REQUESTS);
        readOn.countDown();
        for (var client : done) {
            client.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();
        server.destroy();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server stopped on SIGTERM").isTrue();
        reader.join(30_000);

        assertThat(lines.get()).as("request lines for the post page (%d requests answered while the log's reader stalled)",
                answeredWhileStalled).isEqualTo(REQUESTS);
    }

    /** True when {@code sent} does not move for {@code quiet}. */
    private static boolean pausedFor(Duration quiet, AtomicInteger sent) throws InterruptedException {
        int before = sent.get();
        Thread.sleep(quiet.toMillis());
        return sent.get() == before;
    }

    private void read(CountDownLatch ready, CountDownLatch readOn, AtomicLong lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && ready.getCount() > 0) {
                if (line.contains("ready on")) {
                    ready.countDown();
                }
            }
            readOn.await();
            while ((line = out.readLine()) != null) {
                if (line.contains(" GET /posts/") && line.contains(" /posts/{slug} 200 ")) {
                    lines.incrementAndGet();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstSlug(HttpClient http, int port) throws Exception {
        String home = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return home.replaceAll("(?s).*?href=\"/posts/([a-z0-9-]+)\".*", "$1");
    }

    private ProcessBuilder java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.alphanode.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ANP_"));
        return builder;
    }
}
