package dev.alphanode.cache;

import java.util.Optional;

/** One page as served: its HTML (empty when the route has no page), cache status and time spent in Redis. */
public record Served(Optional<String> html, CacheStatus status, long cacheNanos) {
}
