package dev.alphanode.cache;

/** {@code X-Cache}: every fragment from Redis, at least one rendered, or Redis not used. */
public enum CacheStatus { HIT, MISS, BYPASS }
