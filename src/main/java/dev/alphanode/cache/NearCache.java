package dev.alphanode.cache;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whole pages in this process, so a hot page is served like a static file. Entries live at most
 * {@code maxAgeNanos}; purges remove them here and, through Redis pub/sub, on every other
 * instance; a Redis reconnect clears everything (messages may have been missed meanwhile).
 */
final class NearCache {
    /** A page and whether its fragments are in Redis (false: rendered while Redis was away). */
    record Entry(PageBody body, boolean fromRedis, long storedAt) {
    }

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long maxAgeNanos;

    NearCache(int maxEntries, long maxAgeNanos) {
        this.maxEntries = maxEntries;
        this.maxAgeNanos = maxAgeNanos;
    }

    Optional<Entry> get(String route) {
        Entry entry = pages.get(route);
        if (entry == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - entry.storedAt() > maxAgeNanos) {
            pages.remove(route, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    void put(String route, PageBody body, boolean fromRedis) {
        if (pages.size() >= maxEntries) {
            evictSome();
        }
        pages.put(route, new Entry(body, fromRedis, System.nanoTime()));
    }

    void remove(String route) {
        pages.remove(route);
    }

    /** Removes this entry only, not one stored since. */
    void remove(String route, Entry entry) {
        pages.remove(route, entry);
    }

    void removeAll(Collection<String> routes) {
        routes.forEach(pages::remove);
    }

    void clear() {
        pages.clear();
    }

    int size() {
        return pages.size();
    }

    private void evictSome() {
        Iterator<String> routes = pages.keySet().iterator();
        for (int i = 0; i < maxEntries / 4 && routes.hasNext(); i++) {
            routes.next();
            routes.remove();
        }
    }
}
