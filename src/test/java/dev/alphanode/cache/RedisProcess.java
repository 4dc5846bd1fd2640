package dev.alphanode.cache;

import dev.alphanode.Await;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A {@code redis-server} process of the system's Redis (cluster node, replica or sentinel) on a free
 * loopback port, with its own folder and log; {@link #kill()} is a {@code SIGKILL}, as a crash is.
 */
final class RedisProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path dir;

    private RedisProcess(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** Skips the calling test, saying why, where the system has no {@code redis-server}. */
    static Path assumeInstalled(String what) {
        Optional<Path> server = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(folder -> Path.of(folder, "redis-server")).filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(server.isPresent(), what + " needs redis-server and redis-cli on PATH (Debian: apt-get install"
                + " redis-server); skipped");
        return server.get();
    }

    /** Starts {@code redis-server} in {@code dir} with these configuration lines (port, bind, no persistence added). */
    static RedisProcess start(Path dir, int port, List<String> config, String... modeArgs) throws Exception {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>(List.of("port " + port, "bind 127.0.0.1", "save \"\"", "appendonly no",
                "dir " + dir, "protected-mode no"));
        lines.addAll(config);
        Path conf = Files.write(dir.resolve("redis.conf"), lines);
        List<String> command = new ArrayList<>(List.of("redis-server", conf.toString()));
        command.addAll(List.of(modeArgs));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile()).start();
        RedisProcess redis = new RedisProcess(process, port, dir);
        Await.until(Duration.ofSeconds(10), "redis-server on port " + port + " answering PING (log: " + dir.resolve("redis.log")
                + ")", () -> !process.isAlive() || "PONG".equals(redis.tryCommand("PING").orElse(null)));
        if (!process.isAlive()) {
            throw new IllegalStateException("redis-server on port " + port + " exited: " + Files.readString(dir.resolve("redis.log")));
        }
        return redis;
    }

    int port() {
        return port;
    }

    Path dir() {
        return dir;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** Free loopback ports, all distinct. */
    static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("no free ports", e);
        } finally {
            sockets.forEach(socket -> {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing a probe socket
                }
            });
        }
    }

    /** A command's reply as Java values: String, Long, List, or null; an error reply throws. */
    Object command(String... args) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            for (String arg : args) {
                byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
                request.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.UTF_8));
                request.writeBytes(bytes);
                request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            socket.getOutputStream().write(request.toByteArray());
            return read(new BufferedInputStream(socket.getInputStream()), String.join(" ", args));
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", args) + " on redis-server port " + port + " failed", e);
        }
    }

    Optional<Object> tryCommand(String... args) {
        try {
            return Optional.ofNullable(command(args));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code INFO section} as {@code field:value} lines. */
    String info(String section) {
        return String.valueOf(command("INFO", section));
    }

    @SuppressWarnings("unchecked")
    List<String> keys(String pattern) {
        return (List<String>) command("KEYS", pattern);
    }

    private Object read(InputStream in, String what) throws IOException {
        String line = line(in);
        return switch (line.charAt(0)) {
            case '+' -> line.substring(1);
            case '-' -> throw new IllegalStateException(what + " on port " + port + " answered " + line);
            case ':' -> Long.parseLong(line.substring(1));
            case '$' -> {
                int length = Integer.parseInt(line.substring(1));
                if (length < 0) {
                    yield null;
                }
                byte[] bytes = in.readNBytes(length + 2);
                yield new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            case '*' -> {
                int count = Integer.parseInt(line.substring(1));
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(read(in, what));
                }
                yield count < 0 ? null : items;
            }
            default -> throw new IllegalStateException(what + " on port " + port + ": unexpected reply " + line);
        };
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("connection closed mid-reply");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
