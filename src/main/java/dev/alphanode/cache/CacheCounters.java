package dev.alphanode.cache;

import java.util.concurrent.atomic.AtomicLong;

/** Running totals for /healthz and /metrics. */
public final class CacheCounters {
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong purgedKeys = new AtomicLong();

    void hit() {
        hits.incrementAndGet();
    }

    void miss() {
        misses.incrementAndGet();
    }

    void purged(long keys) {
        purgedKeys.addAndGet(keys);
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    public long purgedKeys() {
        return purgedKeys.get();
    }
}
