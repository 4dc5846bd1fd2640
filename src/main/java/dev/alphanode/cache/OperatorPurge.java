package dev.alphanode.cache;

import java.util.Optional;

/**
 * What an operator asked to purge, from {@code purge --route PATH | --all} or {@code POST /admin/purge}:
 * one route's fragments, or every fragment, in every release. Both go through here, so they
 * delete the same keys and announce the same message to other instances.
 */
public record OperatorPurge(Optional<String> route) {
    private static final String EVERY_FRAGMENT = "anp:*:frag:*";
    private static final int MAX_ROUTE = 300;

    /**
     * Exactly one of a route or "all".
     *
     * @throws IllegalArgumentException naming what was given and what is expected
     */
    public static OperatorPurge of(String route, boolean all) {
        if (all == (route != null)) {
            throw new IllegalArgumentException("give exactly one of a route or all (expected ?route=/posts/x or ?all=true over"
                    + " HTTP, --route /posts/x or --all on the command line)");
        }
        if (route != null && (!route.startsWith("/") || route.length() > MAX_ROUTE)) {
            throw new IllegalArgumentException("route '" + route + "' is not a site path (expected it to start with '/'"
                    + " and be at most " + MAX_ROUTE + " characters)");
        }
        return new OperatorPurge(Optional.ofNullable(route));
    }

    /** The SCAN pattern of the keys it deletes. */
    public String pattern() {
        return route.map(FragmentKeys::anyReleasePattern).orElse(EVERY_FRAGMENT);
    }

    /** What instances drop from their near caches: the route, or {@code *}. */
    public String announced() {
        return route.orElse("*");
    }

    /** For replies and logs: {@code all routes} or {@code route /posts/x}. */
    public String scope() {
        return route.map(path -> "route " + path).orElse("all routes");
    }

    /** Deletes and announces from outside a running site (the CLI); the keys removed, or empty when Redis did not answer. */
    public Optional<Long> carryOut(RedisCache redis) {
        Optional<Long> removed = redis.deleteMatching(pattern());
        removed.ifPresent(count -> redis.publish(FragmentCache.PURGE_CHANNEL, announced()));
        return removed;
    }
}
