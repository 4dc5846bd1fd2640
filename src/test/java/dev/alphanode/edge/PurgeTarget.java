package dev.alphanode.edge;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small real HTTP server standing in for the edge: records every request (method, path,
 * {@code xkey-purge}, when) and answers with the statuses it is given, in order (then 200); it can
 * hold requests until released.
 */
final class PurgeTarget implements AutoCloseable {
    record Seen(String method, String path, Optional<String> keys, long nanos) {
        List<String> keyList() {
            return keys.map(value -> List.of(value.split(" "))).orElse(List.of());
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> statuses = new LinkedBlockingQueue<>();
    private volatile int always;
    private volatile CountDownLatch hold = new CountDownLatch(0);

    PurgeTarget() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst(EdgePurger.KEYS_HEADER)), System.nanoTime()));
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Integer status = statuses.poll();
            exchange.sendResponseHeaders(status != null ? status : always != 0 ? always : 200, -1);
            exchange.close();
        });
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next answers, in order; 200 after them (or {@link #alwaysAnswer}). */
    void answer(Integer... next) {
        statuses.addAll(List.of(next));
    }

    void alwaysAnswer(int status) {
        always = status;
    }

    /** Holds every request until {@link #release()}. */
    void hold() {
        hold = new CountDownLatch(1);
    }

    void release() {
        hold.countDown();
    }

    /** The next request, waiting at most {@code limit}; fails when none came. */
    Seen next(Duration limit) throws InterruptedException {
        Seen request = seen.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new AssertionError("within " + limit.toMillis() + " ms no purge request reached the edge");
        }
        return request;
    }

    /** Whether another request comes within {@code limit}. */
    Optional<Seen> maybeNext(Duration limit) throws InterruptedException {
        return Optional.ofNullable(seen.poll(limit.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
