package dev.alphanode;

import dev.alphanode.cache.FragmentKeys;
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
        Optional<String> route = Optional.empty();
        boolean all = false;
        if (args.length == 2 && args[0].equals("--route") && args[1].startsWith("/")) {
            route = Optional.of(args[1]);
        } else if (args.length == 1 && args[0].equals("--all")) {
            all = true;
        } else {
            err.println("purge: '" + String.join(" ", args) + "' is not valid (expected --route /path or --all)");
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
            String pattern = route.map(FragmentKeys::anyReleasePattern).orElse("anp:*:frag:*");
            Optional<Long> removed = cache.deleteMatching(pattern);
            if (removed.isEmpty()) {
                err.println("purge: Redis at " + redis.get() + " did not answer (retrying when it is up may help)");
                return 1;
            }
            cache.publish(dev.alphanode.cache.FragmentCache.PURGE_CHANNEL, route.orElse("*"));
            out.println("purged " + removed.get() + " keys (" + (all ? "all routes" : "route " + route.get()) + ")");
            return 0;
        }
    }
}
