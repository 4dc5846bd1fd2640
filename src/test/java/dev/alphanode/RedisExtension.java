package dev.alphanode;

import dev.alphanode.cache.EmbeddedRedis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded Redis per test class ({@code @RegisterExtension static final RedisExtension redis = ...}).
 * Every test starts on an empty, running Redis: sites of one class share a release, so a page
 * cached by the test before would otherwise be served to the next. A test that failed leaves it
 * restarted, since it may have left Redis busy (a script) or configured oddly.
 */
public final class RedisExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    private EmbeddedRedis server;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = EmbeddedRedis.start();
        port = server.port();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            server = EmbeddedRedis.start(port);
        }
        flushAll();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public URI uri() {
        return URI.create("redis://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    /** Stops Redis, as an outage does; the next test, or {@link #restart()}, brings it back on the same port. */
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Starts Redis again on the same port, empty (nothing is persisted), stopping it first if it runs. */
    public void restart() {
        stop();
        server = EmbeddedRedis.start(port);
    }

    /** How many connections Redis has subscribed to {@code channel} (PUBSUB NUMSUB). */
    public long subscribers(String channel) {
        List<String> reply = command(4, "PUBSUB NUMSUB " + channel);
        return Long.parseLong(reply.get(reply.size() - 1).substring(1));
    }

    private void flushAll() {
        String reply = command(1, "FLUSHALL").get(0);
        if (!reply.equals("+OK")) {
            throw new IllegalStateException("FLUSHALL on the test Redis (port " + port + ") answered " + reply);
        }
    }

    /** An inline command over a socket of its own, and the first {@code lines} lines of its reply. */
    private List<String> command(int lines, String inline) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write((inline + "\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> reply = new ArrayList<>();
            while (reply.size() < lines) {
                String line = in.readLine();
                if (line == null || line.startsWith("-")) {
                    throw new IllegalStateException(inline + " on the test Redis (port " + port + ") answered " + line);
                }
                reply.add(line);
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(inline + " on the test Redis (port " + port + ") failed", e);
        }
    }
}
