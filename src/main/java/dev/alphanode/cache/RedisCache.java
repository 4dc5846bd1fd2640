package dev.alphanode.cache;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyValue;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Lettuce connection to Redis (one server, a Sentinel group or a cluster: {@link RedisConnector}),
 * guarded so that Redis trouble never slows a page:
 * commands time out after {@code timeout}, are rejected at once while disconnected, and a
 * failure opens a circuit breaker that skips Redis for {@code openFor}. Lettuce reconnects by
 * itself; if Redis is absent at start-up, connecting is retried in the background.
 */
public final class RedisCache implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RedisCache.class);

    public enum State { UP, DOWN, OPEN }

    private final ClientResources resources;
    private final RedisConnector redis;
    private final Duration timeout;
    private final long openForNanos;
    private final AtomicReference<RedisConnector.Link> connection = new AtomicReference<>();
    private final AtomicReference<StatefulRedisPubSubConnection<String, String>> pubSub = new AtomicReference<>();
    private volatile Listener listener;
    private volatile Runnable onMasterChange;
    private final AtomicLong openUntil = new AtomicLong(0);
    private final AtomicLong failures = new AtomicLong();
    private final ScheduledExecutorService connector = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "alphanode-redis-connect");
        thread.setDaemon(true);
        return thread;
    });

    public RedisCache(URI uri, Duration timeout, Duration openFor) {
        this.timeout = timeout;
        this.openForNanos = openFor.toNanos();
        this.resources = ClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofMillis(500), 2, TimeUnit.MILLISECONDS))
                .build();
        this.redis = RedisConnector.of(uri, resources, ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(timeout.multipliedBy(4)).build())
                .build(), timeout);
        if (!tryConnect(true)) {
            connector.scheduleWithFixedDelay(this::connectInBackground, 500, 500, TimeUnit.MILLISECONDS);
        }
    }

    public State state() {
        RedisConnector.Link conn = connection.get();
        if (conn == null || !conn.connection().isOpen()) {
            return State.DOWN;
        }
        return System.nanoTime() < openUntil.get() ? State.OPEN : State.UP;
    }

    public long failures() {
        return failures.get();
    }

    /** Values for the keys in order (null where missing), or empty when Redis cannot answer now. */
    public Optional<List<String>> mget(List<String> keys) {
        return call(commands -> {
            List<KeyValue<String, String>> values = commands.mget(keys.toArray(String[]::new));
            List<String> result = new ArrayList<>(values.size());
            values.forEach(value -> result.add(value.hasValue() ? value.getValue() : null));
            return result;
        });
    }

    /** Stores every value with a TTL, pipelined; false when Redis refused or could not answer. */
    public boolean set(Map<String, String> values, long ttlSeconds) {
        return callAsync(commands -> {
            List<RedisFuture<String>> futures = new ArrayList<>(values.size());
            SetArgs args = SetArgs.Builder.ex(ttlSeconds);
            values.forEach((key, value) -> futures.add(commands.set(key, value, args)));
            return futures;
        });
    }

    /** Deletes the keys; the number removed, or empty when Redis could not answer. */
    public Optional<Long> delete(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Optional.of(0L);
        }
        return call(commands -> commands.unlink(keys.toArray(String[]::new)));
    }

    /** Deletes every key matching a glob pattern (SCAN + UNLINK in batches); the number removed. */
    public Optional<Long> deleteMatching(String pattern) {
        return call(commands -> {
            long removed = 0;
            ScanCursor cursor = ScanCursor.INITIAL;
            ScanArgs args = ScanArgs.Builder.matches(pattern).limit(1_000);
            do {
                var page = commands.scan(cursor, args);
                if (!page.getKeys().isEmpty()) {
                    removed += commands.unlink(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
            return removed;
        });
    }

    /** Every key matching a glob pattern (for tests and tools). */
    public Optional<List<String>> keys(String pattern) {
        return call(commands -> {
            List<String> keys = new ArrayList<>();
            ScanCursor cursor = ScanCursor.INITIAL;
            ScanArgs args = ScanArgs.Builder.matches(pattern).limit(1_000);
            do {
                var page = commands.scan(cursor, args);
                keys.addAll(page.getKeys());
                cursor = page;
            } while (!cursor.isFinished());
            return keys;
        });
    }

    private record Listener(String channel, Consumer<String> onMessage, Runnable onDeaf, Runnable onHearing) {
    }

    /**
     * Delivers messages published on {@code channel} (other instances' purges). {@code onDeaf} runs
     * whenever the subscribing connection drops: messages may be missed from then on. {@code onHearing}
     * runs whenever it comes back and whenever Redis confirms the subscription: from then on messages
     * arrive again, and whatever was decided while deaf may need undoing. Only that connection counts:
     * a cluster client also opens and closes connections to single nodes (routing, topology refresh),
     * and those say nothing about what this instance hears.
     */
    public synchronized void listen(String channel, Consumer<String> onMessage, Runnable onDeaf, Runnable onHearing) {
        this.listener = new Listener(channel, onMessage, onDeaf, onHearing);
        if (connection.get() != null) {
            subscribe();
        }
    }

    /** See {@link RedisConnector#whenMasterChanges}; from the next connection on if none is open yet. */
    public synchronized void whenMasterChanges(Runnable action) {
        this.onMasterChange = action;
        RedisConnector.Link link = connection.get();
        if (link != null) {
            redis.whenMasterChanges(link, action);
        }
    }

    /** Publishes a message to every instance listening on the channel; false when Redis cannot take it now. */
    public boolean publish(String channel, String message) {
        return call(commands -> commands.publish(channel, message)).isPresent();
    }

    private synchronized void subscribe() {
        Listener current = listener;
        if (current == null || pubSub.get() != null) {
            return;
        }
        StatefulRedisPubSubConnection<String, String> subscriber = null;
        try {
            subscriber = redis.connectPubSub();
            subscriber.addListener(new RedisConnectionStateListener() {
                @Override
                public void onRedisConnected(RedisChannelHandler<?, ?> handler, java.net.SocketAddress address) {
                    current.onHearing().run();
                }

                @Override
                public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
                    current.onDeaf().run();
                }
            });
            subscriber.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    current.onMessage().accept(message);
                }

                @Override
                public void subscribed(String channel, long count) {
                    current.onHearing().run();
                }
            });
            subscriber.sync().subscribe(current.channel());
            pubSub.set(subscriber);
        } catch (RuntimeException e) {
            // Not subscribed is deaf: near copies are not answered HIT until a subscription is confirmed.
            current.onDeaf().run();
            if (subscriber != null) {
                subscriber.closeAsync();
            }
            log.warn("redis: cannot subscribe to {} yet ({}); retrying", current.channel(), e.getMessage());
            if (!connector.isShutdown()) {
                connector.schedule(this::subscribe, 500, TimeUnit.MILLISECONDS);
            }
        }
    }

    @FunctionalInterface
    interface SyncCall<T> {
        T apply(RedisClusterCommands<String, String> commands);
    }

    @FunctionalInterface
    interface AsyncCall {
        List<RedisFuture<String>> apply(RedisClusterAsyncCommands<String, String> commands);
    }

    private <T> Optional<T> call(SyncCall<T> call) {
        RedisConnector.Link conn = usable();
        if (conn == null) {
            return Optional.empty();
        }
        try {
            T result = call.apply(conn.sync());
            openUntil.set(0);
            return Optional.ofNullable(result);
        } catch (RuntimeException e) {
            trip(e);
            return Optional.empty();
        }
    }

    private boolean callAsync(AsyncCall call) {
        RedisConnector.Link conn = usable();
        if (conn == null) {
            return false;
        }
        try {
            List<RedisFuture<String>> futures = call.apply(conn.async());
            if (!LettuceFutures.awaitAll(timeout, futures.toArray(RedisFuture[]::new))) {
                trip(new IllegalStateException("Redis did not answer within " + timeout.toMillis() + " ms"));
                return false;
            }
            for (RedisFuture<String> future : futures) {
                if (!"OK".equals(future.get())) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            trip(e);
            return false;
        }
    }

    private RedisConnector.Link usable() {
        RedisConnector.Link conn = connection.get();
        if (conn == null || !conn.connection().isOpen() || System.nanoTime() < openUntil.get()) {
            return null;
        }
        return conn;
    }

    private void trip(Exception e) {
        failures.incrementAndGet();
        boolean wasClosed = openUntil.getAndSet(System.nanoTime() + openForNanos) == 0;
        if (wasClosed) {
            log.warn("redis: {}; serving without cache for {} ms", e.getMessage(), openForNanos / 1_000_000);
        }
    }

    private boolean tryConnect(boolean logFailure) {
        try {
            RedisConnector.Link link = redis.connect();
            connection.set(link);
            log.info("redis: connected");
            watchMaster(link);
            subscribe();
            return true;
        } catch (RuntimeException e) {
            if (logFailure) {
                log.warn("redis: cannot connect yet ({}); pages are served without cache until it answers",
                        e.getMessage());
            }
            return false;
        }
    }

    private synchronized void watchMaster(RedisConnector.Link link) {
        if (onMasterChange != null) {
            redis.whenMasterChanges(link, onMasterChange);
        }
    }

    private void connectInBackground() {
        if (connection.get() == null) {
            tryConnect(false);
        }
    }

    @Override
    public void close() {
        connector.shutdownNow();
        StatefulRedisPubSubConnection<String, String> subscriber = pubSub.getAndSet(null);
        if (subscriber != null) {
            subscriber.close();
        }
        RedisConnector.Link conn = connection.getAndSet(null);
        if (conn != null) {
            conn.connection().close();
        }
        redis.client().shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
