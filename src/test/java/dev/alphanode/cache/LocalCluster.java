package dev.alphanode.cache;

import dev.alphanode.Await;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A Redis Cluster of three masters with one replica each, made the way an operator makes one:
 * {@code redis-server --cluster-enabled yes} per node and {@code redis-cli --cluster create
 * --cluster-replicas 1}. A killed master is replaced by its replica within a few seconds.
 */
final class LocalCluster implements AutoCloseable {
    private static final int NODES = 6;
    private final List<RedisProcess> nodes = new ArrayList<>();

    private LocalCluster() {
    }

    static LocalCluster start(Path dir) throws Exception {
        RedisProcess.assumeInstalled("a Redis Cluster test");
        LocalCluster cluster = new LocalCluster();
        int[] ports = RedisProcess.freePorts(2 * NODES);
        try {
            for (int i = 0; i < NODES; i++) {
                cluster.nodes.add(RedisProcess.start(dir.resolve("node-" + i), ports[i], List.of(
                        "cluster-enabled yes", "cluster-config-file nodes.conf", "cluster-port " + ports[NODES + i],
                        "cluster-node-timeout 1000", "cluster-replica-validity-factor 0")));
            }
            cluster.create(dir);
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    private void create(Path dir) throws Exception {
        List<String> command = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        nodes.forEach(node -> command.add("127.0.0.1:" + node.port()));
        command.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        Path log = dir.resolve("cluster-create.log");
        Process create = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!create.waitFor(60, TimeUnit.SECONDS) || create.exitValue() != 0) {
            create.destroyForcibly();
            throw new IllegalStateException("redis-cli --cluster create failed: " + Files.readString(log));
        }
        Await.until(Duration.ofSeconds(30), "cluster_state:ok on every node, each replica in sync",
                () -> nodes.stream().allMatch(this::ready));
    }

    private boolean ready(RedisProcess node) {
        String cluster = String.valueOf(node.tryCommand("CLUSTER", "INFO").orElse(""));
        String replication = node.tryCommand("INFO", "replication").map(String::valueOf).orElse("");
        return cluster.contains("cluster_state:ok") && cluster.contains("cluster_known_nodes:" + NODES)
                && (replication.contains("role:master") || replication.contains("master_link_status:up"));
    }

    /** {@code redis-cluster://} with every node as a seed. */
    URI uri() {
        return URI.create("redis-cluster://" + nodes.stream().map(node -> "127.0.0.1:" + node.port())
                .collect(Collectors.joining(",")));
    }

    /** The nodes that are masters now (a promoted replica included, a killed master not). */
    List<RedisProcess> masters() {
        return nodes.stream().filter(RedisProcess::alive)
                .filter(node -> node.tryCommand("INFO", "replication").map(String::valueOf).orElse("").contains("role:master"))
                .toList();
    }

    /** Whether every live node sees the cluster as whole again (each slot served by a live master). */
    boolean ok() {
        return nodes.stream().filter(RedisProcess::alive)
                .allMatch(node -> String.valueOf(node.tryCommand("CLUSTER", "INFO").orElse("")).contains("cluster_state:ok"));
    }

    void flushAll() {
        masters().forEach(master -> master.command("FLUSHALL"));
    }

    @Override
    public void close() throws InterruptedException {
        for (RedisProcess node : nodes) {
            node.close();
        }
    }
}
