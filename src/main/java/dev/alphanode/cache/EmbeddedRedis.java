package dev.alphanode.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A Redis server bundled in the jar (embedded-redis ships the binary), for machines without one:
 * loopback only, a free port, nothing persisted, LRU eviction under a memory cap.
 */
public final class EmbeddedRedis implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedRedis start() {
        return start(freePort());
    }

    public static EmbeddedRedis start(int port) {
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("maxmemory 256mb")
                    .setting("maxmemory-policy allkeys-lru")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
            return new EmbeddedRedis(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("starting the embedded Redis on port " + port + " failed"
                    + " (set ANP_REDIS_URL to use an external Redis, or ANP_CACHE=off)", e);
        }
    }

    /** The Redis process's id (a child of this JVM serving this port), if this system shows it. */
    public Optional<Long> pid() {
        return ProcessHandle.current().children().filter(child -> servesPort(child, port))
                .map(ProcessHandle::pid).findFirst();
    }

    /**
     * Stops the embedded Redis a crashed run left behind (its pid remembered beside the database), if
     * that process still runs and is a Redis server on the remembered port (never another one): a
     * {@code kill -9} of the JVM cannot stop it.
     */
    public static void stopLeftOver(long pid, int port) {
        ProcessHandle.of(pid).filter(process -> servesPort(process, port)).ifPresent(process -> {
            process.destroyForcibly();
            log.info("redis: stopped the embedded Redis (pid {}) an earlier run left behind", pid);
        });
    }

    /**
     * Redis rewrites its process title to {@code NAME 127.0.0.1:PORT}; Java's view of the command
     * line may be empty then, so /proc is read directly (elsewhere nothing matches, nothing is stopped).
     */
    private static boolean servesPort(ProcessHandle process, int port) {
        try {
            String title = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", process.pid() + "", "cmdline"))
                    .replace('\0', ' ').strip();
            return title.contains("redis") && title.endsWith(":" + port);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public URI uri() {
        return URI.create("redis://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("stopping the embedded Redis failed", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded Redis", e);
        }
    }
}
