package dev.alphanode.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on 127.0.0.1 to a Redis: one instance can lose Redis while Redis itself, and every
 * other instance, carries on. {@link #cut()} drops every relayed connection and refuses new ones
 * until {@link #restore()}.
 */
final class RedisLink implements AutoCloseable {
    private final int redisPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    RedisLink(int redisPort) {
        this.redisPort = redisPort;
        this.listening = bind(0);
        this.port = listening.getLocalPort();
        acceptOn(listening);
    }

    URI uri() {
        return URI.create("redis://127.0.0.1:" + port);
    }

    synchronized void cut() {
        closeQuietly(listening);
        open.forEach(RedisLink::closeQuietly);
        open.clear();
    }

    synchronized void restore() {
        listening = bind(port);
        acceptOn(listening);
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket bind(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("binding the Redis relay to port " + port + " failed", e);
        }
    }

    private void acceptOn(ServerSocket server) {
        daemon("redis-link-accept", () -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket redis = new Socket(InetAddress.getLoopbackAddress(), redisPort);
                    open.add(client);
                    open.add(redis);
                    pump(client, redis);
                    pump(redis, client);
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        daemon("redis-link-pump", () -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // The other direction or cut() closed the pair.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
