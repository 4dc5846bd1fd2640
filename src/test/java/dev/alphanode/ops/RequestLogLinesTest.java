package dev.alphanode.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphanode.Await;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
    /** Fewer lines than the queue holds: all of them are answered while the reader stalls. */
    private static final int LAST_REQUESTS = 3_000;

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

        AtomicLong lines = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(1);
        AtomicReference<CountDownLatch> stall = new AtomicReference<>(new CountDownLatch(1));
        AtomicReference<Exception> readError = new AtomicReference<>();
        Thread reader = new Thread(() -> read(ready, stall, lines, readError), "log-reader");
        reader.start();
        assertThat(ready.await(120, TimeUnit.SECONDS)).as("the site printed 'ready on'").isTrue();
        HttpClient http = HttpClient.newHttpClient();
        String page = "http://127.0.0.1:" + port + "/posts/" + firstSlug(http, port);

        // 1. The log's reader stalls until more requests were answered than the queue holds, or until
        // answers stop coming (the server waits for its log rather than drop lines): then it reads on.
        AtomicInteger sent = new AtomicInteger();
        List<Future<?>> clients = send(http, page, REQUESTS, sent);
        Await.until(Duration.ofSeconds(120), "more answers than the log's queue holds, or the answers pausing for the log",
                () -> sent.get() >= BEYOND_THE_QUEUE || sent.get() > 1_000 && pausedFor(Duration.ofSeconds(3), sent));
        int answeredWhileStalled = Math.min(sent.get(), REQUESTS);
        stall.get().countDown();
        for (var client : clients) {
            client.get(120, TimeUnit.SECONDS);
        }
        Await.until(Duration.ofSeconds(60), "one line per request answered so far", () -> lines.get() >= REQUESTS);
        assertThat(lines.get()).as("request lines for the post page (%d requests answered while the log's reader stalled)",
                answeredWhileStalled).isEqualTo(REQUESTS);

        // 2. The reader stalls again, fewer requests than the queue holds are answered, and the server is
        // stopped while their lines still wait to be written: it writes them all before it exits.
        stall.set(new CountDownLatch(1));
        for (var client : send(http, page, LAST_REQUESTS, new AtomicInteger())) {
            client.get(120, TimeUnit.SECONDS);
        }
        // SIGTERM through the process handle: Process.destroy() would also close our end of the server's
        // standard output, and the lines still in the pipe would be lost here rather than by the server.
        assertThat(server.toHandle().destroy()).as("SIGTERM sent").isTrue();
        // Read on once everything but the log has stopped: the database's clean-stop mark is written just before.
        Await.until(Duration.ofSeconds(60), "the stopping server closing its database (db/site.clean written)",
                () -> Files.exists(work.resolve("db/site.clean")));
        assertThat(refuses(port)).as("the stopping server refuses connections").isTrue();
        stall.get().countDown();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server stopped on SIGTERM").isTrue();
        reader.join(30_000);
        assertThat(reader.isAlive()).as("the log's reader reached the end of the server's output").isFalse();
        assertThat(readError.get()).as("reading the server's output").isNull();
        assertThat(lines.get()).as("request lines for the post page, after a stop with %d lines unread", LAST_REQUESTS)
                .isEqualTo(REQUESTS + LAST_REQUESTS);
    }

    /** {@code count} requests of {@code page} from 16 clients, each answered 200. */
    private static List<Future<?>> send(HttpClient http, String page, int count, AtomicInteger sent) {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            clients.add(pool.submit(() -> {
                while (sent.getAndIncrement() < count) {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    assertThat(response.statusCode()).isEqualTo(200);
                }
                return null;
            }));
        }
        pool.shutdown();
        return clients;
    }

    /** True when nothing listens on {@code port} any more (a bare connect: no request, no log line). */
    private static boolean refuses(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** True when {@code sent} does not move for {@code quiet}. */
    private static boolean pausedFor(Duration quiet, AtomicInteger sent) throws InterruptedException {
        int before = sent.get();
        Thread.sleep(quiet.toMillis());
        return sent.get() == before;
    }

    /** Counts the post page's request lines, reading only while {@code stall} is open. */
    private void read(CountDownLatch ready, AtomicReference<CountDownLatch> stall, AtomicLong lines,
                      AtomicReference<Exception> error) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("ready on")) {
                    ready.countDown();
                    break;
                }
            }
            while (true) {
                stall.get().await();
                if ((line = out.readLine()) == null) {
                    break;
                }
                if (line.contains(" GET /posts/") && line.contains(" /posts/{slug} 200 ")) {
                    lines.incrementAndGet();
                }
            }
        } catch (Exception e) {
            error.set(e);
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
