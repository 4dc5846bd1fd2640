package dev.alphanode.cache;

import dev.alphanode.config.RedisUrl;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.cluster.event.ClusterTopologyChangedEvent;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * How to reach Redis: one server (directly or through Sentinel, which Lettuce's {@link RedisClient}
 * follows) or a Redis Cluster ({@link RedisClusterClient}, which routes each key to its shard, splits
 * multi-key {@code MGET}/{@code UNLINK} by slot and scans every master). Both hand {@link RedisCache}
 * the command interfaces they share, so everything above this runs one code path.
 */
sealed interface RedisConnector {
    /** A command connection and its shared command views. */
    record Link(StatefulConnection<String, String> connection, RedisClusterCommands<String, String> sync,
                RedisClusterAsyncCommands<String, String> async) {
    }

    /** Periodic topology refresh catches what no command ran into; adaptive refresh reacts to a failover at once. */
    Duration TOPOLOGY_REFRESH = Duration.ofSeconds(10);

    Link connect();

    StatefulRedisPubSubConnection<String, String> connectPubSub();

    AbstractRedisClient client();

    /**
     * Runs {@code action} whenever another server than before holds some of the keys as master (a
     * promoted replica, a restarted server): replication is asynchronous, so deletes the old master
     * took may never have reached it.
     */
    void whenMasterChanges(Link link, Runnable action);

    static RedisConnector of(URI uri, ClientResources resources, ClientOptions options, Duration timeout) {
        if (RedisUrl.kind(uri) == RedisUrl.Kind.CLUSTER) {
            List<RedisURI> seeds = RedisUrl.clusterNodes(uri).stream().map(node -> seed(uri, node, timeout)).toList();
            RedisClusterClient client = RedisClusterClient.create(resources, seeds);
            client.setOptions(ClusterClientOptions.builder(options)
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .enablePeriodicRefresh(TOPOLOGY_REFRESH)
                            .enableAllAdaptiveRefreshTriggers()
                            .adaptiveRefreshTriggersTimeout(Duration.ofSeconds(1))
                            .refreshTriggersReconnectAttempts(3)
                            .build())
                    .nodeFilter(RedisConnector::usable)
                    .build());
            return new Cluster(client);
        }
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(timeout);
        RedisClient client = RedisClient.create(resources, redisUri);
        client.setOptions(options);
        return new Server(client);
    }

    /**
     * A failed master stays in the cluster's node table until an operator forgets it; left in the
     * topology it would be scanned by every site-wide purge, which would then fail.
     */
    private static boolean usable(RedisClusterNode node) {
        return !node.is(RedisClusterNode.NodeFlag.FAIL) && !node.is(RedisClusterNode.NodeFlag.NOADDR);
    }

    /**
     * A seed node as a {@code redis://} URI, with the cluster URL's user info, so Lettuce reads both alike.
     * Its timeout bounds the connection handshake of topology refreshes, which a loaded machine can
     * take longer than a command's {@code timeout} to answer (commands keep theirs: {@code TimeoutOptions}).
     */
    private static RedisURI seed(URI uri, RedisUrl.Node node, Duration timeout) {
        String host = node.host().contains(":") ? "[" + node.host() + "]" : node.host();
        RedisURI seed = RedisURI.create(URI.create("redis://" + RedisUrl.userInfo(uri).map(info -> info + "@").orElse("")
                + host + ":" + node.port()));
        seed.setTimeout(timeout.multipliedBy(4));
        return seed;
    }

    record Server(RedisClient client) implements RedisConnector {
        @Override
        public Link connect() {
            StatefulRedisConnection<String, String> connection = client.connect();
            return new Link(connection, connection.sync(), connection.async());
        }

        @Override
        public StatefulRedisPubSubConnection<String, String> connectPubSub() {
            return client.connectPubSub();
        }

        /** The server's {@code run_id} changes on a restart; Sentinel's promoted replica has its own. */
        @Override
        public void whenMasterChanges(Link link, Runnable action) {
            AtomicReference<String> runId = new AtomicReference<>();
            try {
                runId.set(runId(link.sync().info("server")));
            } catch (RuntimeException e) {
                // Unknown until the next connect, which then counts as a change.
            }
            link.connection().addListener(new RedisConnectionStateListener() {
                @Override
                public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress address) {
                    link.async().info("server").whenComplete((info, failure) -> {
                        String now = failure == null ? runId(info) : null;
                        String before = runId.getAndSet(now);
                        if (now == null || !now.equals(before)) {
                            action.run();
                        }
                    });
                }
            });
        }

        private static String runId(String info) {
            return info.lines().filter(line -> line.startsWith("run_id:")).findFirst().orElse("");
        }
    }

    /**
     * A PUBLISH on any node reaches subscribers on every node (the cluster bus carries it), so one
     * subscription on the cluster's default Pub/Sub connection hears every instance; Lettuce moves
     * that connection, and its subscription, to another node when its node goes away.
     */
    record Cluster(RedisClusterClient client) implements RedisConnector {
        /**
         * Opens the connection to every master now: Lettuce opens node connections on first use, and
         * with {@code REJECT_COMMANDS} a command meeting a node connection still being opened is
         * rejected, which would open the breaker on the first page of every shard.
         */
        @Override
        public Link connect() {
            StatefulRedisClusterConnection<String, String> connection = client.connect();
            for (RedisClusterNode node : connection.getPartitions()) {
                if (node.is(RedisClusterNode.NodeFlag.UPSTREAM)) {
                    try {
                        connection.getConnection(node.getUri().getHost(), node.getUri().getPort());
                    } catch (RuntimeException e) {
                        // That shard answers once it is back; its pages are rendered meanwhile.
                    }
                }
            }
            return new Link(connection, connection.sync(), connection.async());
        }

        @Override
        public StatefulRedisPubSubConnection<String, String> connectPubSub() {
            return client.connectPubSub();
        }

        @Override
        public void whenMasterChanges(Link link, Runnable action) {
            client.getResources().eventBus().get()
                    .filter(ClusterTopologyChangedEvent.class::isInstance).cast(ClusterTopologyChangedEvent.class)
                    .filter(change -> !masters(change.before()).containsAll(masters(change.after())))
                    .subscribe(change -> action.run());
        }

        private static Set<String> masters(List<RedisClusterNode> nodes) {
            return nodes.stream().filter(node -> node.is(RedisClusterNode.NodeFlag.UPSTREAM) && !node.getSlots().isEmpty())
                    .map(RedisClusterNode::getNodeId).collect(Collectors.toSet());
        }
    }
}
