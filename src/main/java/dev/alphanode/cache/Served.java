package dev.alphanode.cache;

import java.util.Optional;

/** One page as served: its body (empty when the route has no page), cache status and time spent in Redis. */
public record Served(Optional<PageBody> body, CacheStatus status, long cacheNanos) {
}
