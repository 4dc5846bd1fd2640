package dev.alphanode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up of the built jar after faults: a killed run, a folder it cannot write. */
class StartupIT {
    @TempDir
    Path work;

    @Test
    void a_start_after_kill_9_rebuilds_the_database_and_stops_the_embedded_redis_the_killed_run_left_behind()
            throws Exception {
        Files.createDirectories(work.resolve("content/posts"));
        Files.writeString(work.resolve("content/posts/a.md"), TestSite.post("a post", "2025-01-01", "", "Body."));
        Process first = serve("first.log");
        awaitLog("first.log", "ready on");
        long leftBehind = Long.parseLong(Files.readString(work.resolve("data/redis.pid")).strip());
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(leftBehind).map(ProcessHandle::isAlive)).as("Redis outlives kill -9").hasValue(true);

        Process second = serve("second.log");
        try {
            awaitLog("second.log", "ready on");
            // SIGKILL is delivered asynchronously, and a killed process stays a zombie until it is reaped.
            Await.until(Duration.ofSeconds(10), "the left-behind Redis (pid " + leftBehind + ") stopped",
                    () -> runs(leftBehind), running -> !running, running -> "it still runs");
            assertThat(Files.readString(work.resolve("second.log")))
                    .contains("stopped the embedded Redis (pid " + leftBehind + ") an earlier run left behind")
                    .contains("database: the last run did not stop cleanly (no alphanode.clean beside alphanode.mv.db)")
                    .contains("import: 1 files, 1 imported");
        } finally {
            second.destroy();
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void a_database_folder_that_cannot_be_written_stops_start_up_with_one_line() throws Exception {
        Files.createDirectories(work.resolve("content/posts"));
        Path data = Files.createDirectories(work.resolve("data"));
        Assumptions.assumeTrue(new ProcessBuilder("chattr", "+i", data.toString()).start().waitFor() == 0,
                "chattr +i is not available here");
        try {
            Process server = serve("readonly.log");
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("start-up ended").isTrue();
            assertThat(server.exitValue()).isEqualTo(1);
            String log = Files.readString(work.resolve("readonly.log"), StandardCharsets.UTF_8);
            assertThat(log.strip().lines()).as(log).hasSize(1);
            assertThat(log).startsWith("alphanode could not start: ANP_DB_URL: 'jdbc:h2:file:" + data.toAbsolutePath())
                    .contains("the folder " + data.toAbsolutePath() + " is not writable", "retrying will not help");
        } finally {
            new ProcessBuilder("chattr", "-i", data.toString()).start().waitFor();
        }
    }

    @Test
    void json_logs_print_one_object_per_line_including_request_lines() throws Exception {
        Files.createDirectories(work.resolve("content/posts"));
        Process server = serve("json.log", Map.of("ANP_LOG_FORMAT", "json"));
        try {
            awaitLog("json.log", "ready on");
            var http = java.net.http.HttpClient.newHttpClient();
            http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                    + "/no-such-page")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            awaitLog("json.log", "/no-such-page");
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            for (String line : Files.readAllLines(work.resolve("json.log"))) {
                assertThat(json.readTree(line).get("formattedMessage")).as(line).isNotNull();
            }
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void an_invalid_log_setting_stops_start_up_with_one_line() throws Exception {
        Files.createDirectories(work.resolve("content/posts"));
        Process server = serve("bad.log", Map.of("ANP_REQUEST_LOG", "quiet"));
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("start-up ended").isTrue();
        assertThat(server.exitValue()).isEqualTo(2);
        assertThat(Files.readString(work.resolve("bad.log"))).isEqualTo("ANP_REQUEST_LOG: 'quiet' is not valid"
                + " (expected INFO to log every request, WARN or OFF to silence them)\n");
    }

    private int port;

    /** Whether the process exists and is not a zombie (its state in /proc is not Z). */
    private static boolean runs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private Process serve(String log) throws Exception {
        return serve(log, Map.of("ANP_LOG_FORMAT", "text"));
    }

    private Process serve(String log, Map<String, String> settings) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(JarIT.javaBin(), "-jar", JarIT.JAR.toString()).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve(log).toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ANP_"));
        builder.environment().put("ANP_PORT", String.valueOf(port));
        builder.environment().putAll(settings);
        return builder.start();
    }

    private void awaitLog(String log, String text) throws Exception {
        Await.until(Duration.ofSeconds(90), "'" + text + "' in " + log, () -> Files.readString(work.resolve(log)),
                logged -> logged.contains(text), logged -> "\n" + logged);
    }
}
