package dev.alphanode.cache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages from Redis fragments: one MGET per page, only the missing fragments rendered (once per
 * route at a time on this instance), stored with a TTL. A render that began before a content
 * change is never left in Redis after that change's purge: every purge bumps {@code epoch}
 * first, and a render whose epoch moved deletes what it just stored. Purges that Redis could
 * not take are retried before anything is read from Redis again.
 */
public final class FragmentCache {
    private static final Logger log = LoggerFactory.getLogger(FragmentCache.class);

    private final RedisCache redis;
    private final FragmentKeys keys;
    private final LongSupplier ttlSeconds;
    private final AtomicLong epoch = new AtomicLong();
    private final Map<String, CompletableFuture<Optional<Map<String, String>>>> inflight = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<PendingPurge> pendingPurges = new ConcurrentLinkedQueue<>();
    private final CacheCounters counters = new CacheCounters();
    private final NearCache near = new NearCache(10_000, java.util.concurrent.TimeUnit.SECONDS.toNanos(60));

    public FragmentCache(RedisCache redis, FragmentKeys keys, LongSupplier ttlSeconds) {
        this.redis = redis;
        this.keys = keys;
        this.ttlSeconds = ttlSeconds;
        redis.listen(PURGE_CHANNEL, this::purgedElsewhere, near::clear);
    }

    /**
     * Purges are announced here so every instance drops its near copies: {@code *} or routes, one per
     * line, after an optional first line {@code from:<instance>} naming the sender.
     */
    public static final String PURGE_CHANNEL = "anp:purge";
    private static final String SENDER = "from:";
    private final String instance = java.util.UUID.randomUUID().toString();

    public FragmentKeys keys() {
        return keys;
    }

    public RedisCache redis() {
        return redis;
    }

    public CacheCounters counters() {
        return counters;
    }

    /**
     * The whole page from this instance's near cache alone, counted as a hit, or empty (then
     * {@link #serve} decides). Purges drop near copies before they return, as for {@code serve}.
     */
    public Optional<PageBody> nearHit(String route) {
        Optional<PageBody> nearby = near.get(route);
        if (nearby.isPresent()) {
            counters.hit();
        }
        return nearby;
    }

    public Served serve(CacheablePage page) {
        long start = System.nanoTime();
        long epochAtStart = epoch.get();
        Optional<PageBody> nearby = nearHit(page.route());
        if (nearby.isPresent()) {
            return new Served(nearby, CacheStatus.HIT, System.nanoTime() - start);
        }
        List<String> names = page.fragmentNames();
        List<String> pageKeys = names.stream().map(name -> keys.key(page.route(), name)).toList();
        Optional<List<String>> cached = flushPendingPurges() ? redis.mget(pageKeys) : Optional.empty();
        if (cached.isEmpty()) {
            return bypass(page, System.nanoTime() - start);
        }
        Map<String, String> fragments = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String value = cached.get().get(i);
            if (value == null) {
                missing.add(names.get(i));
            } else {
                fragments.put(names.get(i), value);
            }
        }
        if (missing.isEmpty()) {
            counters.hit();
            PageBody body = PageBody.of(page.assemble(fragments));
            keepNear(page.route(), body, epochAtStart);
            return new Served(Optional.of(body), CacheStatus.HIT, System.nanoTime() - start);
        }
        long cacheNanos = System.nanoTime() - start;
        Optional<Rendered> rendered = renderOnce(page, missing, epochAtStart);
        if (rendered.isEmpty()) {
            return new Served(Optional.empty(), CacheStatus.MISS, cacheNanos);
        }
        fragments.putAll(rendered.get().fragments());
        for (String name : missing) {
            fragments.computeIfAbsent(name, page::render);
        }
        counters.miss();
        CacheStatus status = rendered.get().stored() ? CacheStatus.MISS : CacheStatus.BYPASS;
        PageBody body = PageBody.of(page.assemble(fragments));
        if (rendered.get().stored()) {
            keepNear(page.route(), body, epochAtStart);
        }
        return new Served(Optional.of(body), status, cacheNanos + rendered.get().cacheNanos());
    }

    private void keepNear(String route, PageBody body, long epochAtStart) {
        if (epoch.get() != epochAtStart) {
            return;
        }
        near.put(route, body);
        if (epoch.get() != epochAtStart) {
            near.remove(route);
        }
    }

    /**
     * A purge announced on the channel. Our own announcements come back too: they are skipped, since
     * this instance already moved its epoch and dropped its near copies — moving the epoch again,
     * late, would only keep renders that began after the purge from being stored.
     */
    private void purgedElsewhere(String message) {
        List<String> lines = List.of(message.split("\n"));
        if (lines.get(0).startsWith(SENDER)) {
            if (lines.get(0).equals(SENDER + instance)) {
                return;
            }
            lines = lines.subList(1, lines.size());
        }
        epoch.incrementAndGet();
        if (lines.contains(ALL)) {
            near.clear();
        } else {
            near.removeAll(lines);
        }
    }

    private void announce(Collection<String> routes) {
        if (!redis.publish(PURGE_CHANNEL, SENDER + instance + "\n" + String.join("\n", routes))) {
            near.clear();
        }
    }

    /** Renders the page without Redis (cache off, previews, outages). */
    public static Served bypass(CacheablePage page, long cacheNanos) {
        if (!page.exists()) {
            return new Served(Optional.empty(), CacheStatus.BYPASS, cacheNanos);
        }
        Map<String, String> fragments = new HashMap<>();
        for (String name : page.fragmentNames()) {
            fragments.put(name, page.render(name));
        }
        return new Served(Optional.of(PageBody.of(page.assemble(fragments))), CacheStatus.BYPASS, cacheNanos);
    }

    /**
     * Deletes exactly these fragments. Call after the content change is committed. The epoch moves
     * before the delete (renders that read the old content cannot keep what they store) and again
     * after it, before near copies are dropped (a page assembled from fragments read just before
     * the delete cannot be kept either).
     */
    public long purge(Collection<RouteFragment> fragments) {
        epoch.incrementAndGet();
        List<String> doomed = fragments.stream().map(f -> keys.key(f.route(), f.fragment())).distinct().toList();
        long removed = delete(new PendingPurge(doomed, null));
        forgetNear(fragments.stream().map(RouteFragment::route).distinct().toList());
        return removed;
    }

    /** Deletes every fragment of the current release (site-wide changes). */
    public long purgeAll() {
        epoch.incrementAndGet();
        long removed = delete(new PendingPurge(List.of(), keys.prefix() + "*"));
        forgetNear(List.of(ALL));
        return removed;
    }

    /** Deletes every fragment of one route in every release (operator tool). */
    public long purgeRoute(String route) {
        epoch.incrementAndGet();
        long removed = redis.deleteMatching(FragmentKeys.anyReleasePattern(route))
                .orElseThrow(() -> new IllegalStateException("Redis is unavailable; retry when /healthz shows redis up"));
        counters.purged(removed);
        forgetNear(List.of(route));
        return removed;
    }

    /** Whether a purge is still waiting for Redis (it runs before the cache is read again). */
    public boolean purgesPending() {
        return !pendingPurges.isEmpty();
    }

    private static final String ALL = "*";

    /** Keys to delete, or a SCAN pattern; kept while Redis cannot take it. */
    private record PendingPurge(List<String> keys, String pattern) {
        Optional<Long> run(RedisCache redis) {
            return pattern == null ? redis.delete(keys) : redis.deleteMatching(pattern);
        }
    }

    private long delete(PendingPurge purge) {
        Optional<Long> removed = purge.run(redis);
        if (removed.isEmpty()) {
            pendingPurges.add(purge);
            log.warn("purge: Redis unavailable; the purge runs before the cache is read again");
            return 0;
        }
        counters.purged(removed.get());
        return removed.get();
    }

    private void forgetNear(List<String> routes) {
        epoch.incrementAndGet();
        if (routes.contains(ALL)) {
            near.clear();
        } else {
            near.removeAll(routes);
        }
        announce(routes);
    }

    private record Rendered(Map<String, String> fragments, boolean stored, long cacheNanos) {
    }

    private Optional<Rendered> renderOnce(CacheablePage page, List<String> missing, long epochAtStart) {
        CompletableFuture<Optional<Map<String, String>>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Map<String, String>>> leader = inflight.putIfAbsent(page.route(), mine);
        if (leader != null) {
            return leader.join().map(fragments -> new Rendered(fragments, true, 0));
        }
        try {
            if (!page.exists()) {
                mine.complete(Optional.empty());
                return Optional.empty();
            }
            Map<String, String> fragments = new HashMap<>();
            for (String name : missing) {
                fragments.put(name, page.render(name));
            }
            long storeStart = System.nanoTime();
            boolean stored = store(page.route(), fragments, epochAtStart);
            mine.complete(Optional.of(fragments));
            return Optional.of(new Rendered(fragments, stored, System.nanoTime() - storeStart));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inflight.remove(page.route(), mine);
        }
    }

    private boolean store(String route, Map<String, String> fragments, long epochAtStart) {
        if (epoch.get() != epochAtStart) {
            return true;
        }
        Map<String, String> entries = new HashMap<>();
        fragments.forEach((name, html) -> entries.put(keys.key(route, name), html));
        boolean stored = redis.set(entries, ttlSeconds.getAsLong());
        if (stored && epoch.get() != epochAtStart) {
            redis.delete(Set.copyOf(entries.keySet()));
        }
        return stored;
    }

    private boolean flushPendingPurges() {
        PendingPurge next;
        while ((next = pendingPurges.peek()) != null) {
            if (next.run(redis).isEmpty()) {
                return false;
            }
            pendingPurges.remove(next);
        }
        return true;
    }
}
