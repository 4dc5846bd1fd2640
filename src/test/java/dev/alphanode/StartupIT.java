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
            assertThat(ProcessHandle.of(leftBehind).map(ProcessHandle::isAlive).orElse(false))
                    .as("the left-behind Redis (pid " + leftBehind + ") still runs").isFalse();
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

    private Process serve(String log) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(JarIT.javaBin(), "-jar", JarIT.JAR.toString()).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve(log).toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ANP_"));
        builder.environment().putAll(Map.of("ANP_PORT", String.valueOf(port), "ANP_LOG_FORMAT", "text"));
        return builder.start();
    }

    private void awaitLog(String log, String text) throws Exception {
        Await.until(Duration.ofSeconds(90), "'" + text + "' in " + log, () -> Files.readString(work.resolve(log)),
                logged -> logged.contains(text), logged -> "\n" + logged);
    }
}
