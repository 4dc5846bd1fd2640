package dev.alphanode;

import dev.alphanode.cache.OperatorPurge;
import dev.alphanode.cache.RedisCache;
import dev.alphanode.config.Config;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** {@code purge --route PATH | --all}: drops cached fragments (of every release) from Redis. */
final class Purge {
    private Purge() {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        OperatorPurge request;
        try {
            boolean all = args.length == 1 && args[0].equals("--all");
            boolean route = args.length == 2 && args[0].equals("--route");
            if (!all && !route) {
                throw new IllegalArgumentException("expected --route /path or --all");
            }
            request = OperatorPurge.of(route ? args[1] : null, all);
        } catch (IllegalArgumentException e) {
            err.println("purge: '" + String.join(" ", args) + "' is not valid (" + e.getMessage() + ")");
            return 2;
        }
        String dbUrl = Config.dbUrl(env.get("ANP_DB_URL"), Path.of("").toAbsolutePath());
        Optional<URI> redis = Config.redisUrl(env.get("ANP_REDIS_URL")).or(() -> RuntimeFiles.readRedisUrl(dbUrl));
        if (redis.isEmpty()) {
            err.println("purge: no Redis to purge (expected ANP_REDIS_URL, or a running site's embedded Redis recorded"
                    + " beside " + dbUrl + ")");
            return 1;
        }
        try (RedisCache cache = new RedisCache(redis.get(), Duration.ofSeconds(2), Duration.ofSeconds(1))) {
            Optional<Long> removed = request.carryOut(cache);
            if (removed.isEmpty()) {
                err.println("purge: Redis at " + redis.get() + " did not answer (retrying when it is up may help)");
                return 1;
            }
            out.println("purged " + removed.get() + " keys (" + request.scope() + ")");
            return 0;
        }
    }
}
