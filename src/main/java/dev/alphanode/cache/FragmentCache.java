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
 * not take are retried, and announced, before anything is read from Redis again. While Redis is
 * away, pages rendered here stay in the near cache under the same epoch rule (serve-stale), and
 * are answered {@code BYPASS}.
 */
public final class FragmentCache {
    private static final Logger log = LoggerFactory.getLogger(FragmentCache.class);

    private final RedisCache redis;
    private final FragmentKeys keys;
    private final LongSupplier ttlSeconds;
    private final AtomicLong epoch = new AtomicLong();
    private final Map<String, CompletableFuture<Optional<Rendered>>> inflight = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<PendingPurge> pendingPurges = new ConcurrentLinkedQueue<>();
    private final CacheCounters counters = new CacheCounters();
    private final NearCache near = new NearCache(10_000, java.util.concurrent.TimeUnit.SECONDS.toNanos(60));

    public FragmentCache(RedisCache redis, FragmentKeys keys, LongSupplier ttlSeconds) {
        this.redis = redis;
        this.keys = keys;
        this.ttlSeconds = ttlSeconds;
        redis.listen(PURGE_CHANNEL, this::purgedElsewhere, () -> deaf = true, this::hearingAgain);
        redis.whenMasterChanges(this::masterChanged);
    }

    /**
     * A new master (failover, restart) may lack deletes its predecessor took, a purge's among them,
     * so it may hold pages an edit replaced: every page of the release is purged before Redis is
     * read again.
     */
    private void masterChanged() {
        log.warn("redis: another server is master now; every page is purged before the cache is read again"
                + " (deletes the old master took may not have reached it)");
        epoch.incrementAndGet();
        near.clear();
        pendingPurges.add(new PendingPurge(List.of(), keys.prefix() + "*", List.of(ALL)));
    }

    /** Set when a Redis connection drops, cleared once the near cache has been emptied on its return. */
    private volatile boolean deaf;

    /**
     * A purge announced while this instance could not hear may have been missed, so no near copy
     * kept until now can be shown fresh, nor kept by a render already under way.
     */
    private void hearingAgain() {
        epoch.incrementAndGet();
        near.clear();
        deaf = false;
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
     * {@code HIT} while Redis answers; {@code BYPASS} while it is away, when the copy is still
     * served: a page kept from before the outage or rendered during it. Once Redis answers again,
     * a page rendered during the outage is not answered from here: it goes to Redis like any page.
     */
    public Optional<Served> nearHit(String route) {
        return nearHit(route, true);
    }

    /**
     * The near copy of a route, as {@link #nearHit(String)}, without waiting on Redis: empty (ask
     * {@link #serve}) while purges wait to be replayed, since replaying them is a round trip. For
     * callers on a thread that must not block, such as Jetty's selector ({@code web.NearHits}).
     */
    public Optional<Served> nearHitWithoutWaiting(String route) {
        return nearHit(route, false);
    }

    private Optional<Served> nearHit(String route, boolean mayReplay) {
        if (!mayReplay && !pendingPurges.isEmpty()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        Optional<NearCache.Entry> copy = near.get(route);
        if (copy.isEmpty()) {
            return Optional.empty();
        }
        // Replayed here too: a hot page may never miss, and until its purges are in, Redis is not back.
        boolean redisAnswers = !deaf && redis.state() == RedisCache.State.UP && flushPendingPurges();
        if (redisAnswers && !copy.get().fromRedis()) {
            near.remove(route, copy.get());
            return Optional.empty();
        }
        counters.hit();
        return Optional.of(new Served(Optional.of(copy.get().body()), redisAnswers ? CacheStatus.HIT : CacheStatus.BYPASS,
                System.nanoTime() - start));
    }

    public Served serve(CacheablePage page) {
        long start = System.nanoTime();
        long epochAtStart = epoch.get();
        Optional<Served> nearby = nearHit(page.route());
        if (nearby.isPresent()) {
            return nearby.get();
        }
        List<String> names = page.fragmentNames();
        List<String> pageKeys = names.stream().map(name -> keys.key(page.route(), name)).toList();
        Optional<List<String>> cached = flushPendingPurges() ? redis.mget(pageKeys) : Optional.empty();
        Map<String, String> fragments = new HashMap<>();
        List<String> missing = new ArrayList<>();
        if (cached.isEmpty()) {
            missing.addAll(names);
        } else {
            for (int i = 0; i < names.size(); i++) {
                String value = cached.get().get(i);
                if (value == null) {
                    missing.add(names.get(i));
                } else {
                    fragments.put(names.get(i), value);
                }
            }
        }
        if (missing.isEmpty()) {
            counters.hit();
            PageBody body = PageBody.of(page.assemble(fragments));
            keepNear(page.route(), body, true, epochAtStart);
            return new Served(Optional.of(body), CacheStatus.HIT, System.nanoTime() - start);
        }
        long cacheNanos = System.nanoTime() - start;
        boolean redisAnswered = cached.isPresent();
        Optional<Rendered> rendered = renderOnce(page, missing, epochAtStart, redisAnswered);
        if (rendered.isEmpty()) {
            return new Served(Optional.empty(), redisAnswered ? CacheStatus.MISS : CacheStatus.BYPASS, cacheNanos);
        }
        fragments.putAll(rendered.get().fragments());
        for (String name : missing) {
            fragments.computeIfAbsent(name, page::render);
        }
        if (redisAnswered) {
            counters.miss();
        }
        boolean stored = rendered.get().stored();
        PageBody body = PageBody.of(page.assemble(fragments));
        if (stored || !redisAnswered) {
            keepNear(page.route(), body, stored, Math.min(epochAtStart, rendered.get().epoch()));
        }
        return new Served(Optional.of(body), stored ? CacheStatus.MISS : CacheStatus.BYPASS,
                cacheNanos + rendered.get().cacheNanos());
    }

    /**
     * Keeps the page unless a purge began since {@code epochAtStart}, when its fragments were read
     * or rendered: the same rule whether Redis is there or not.
     */
    private void keepNear(String route, PageBody body, boolean fromRedis, long epochAtStart) {
        if (epoch.get() != epochAtStart) {
            return;
        }
        near.put(route, body, fromRedis);
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

    private boolean announce(Collection<String> routes) {
        return redis.publish(PURGE_CHANNEL, SENDER + instance + "\n" + String.join("\n", routes));
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
        return purgeNow(new PendingPurge(doomed, null, fragments.stream().map(RouteFragment::route).distinct().toList()));
    }

    /** Carries out a content change's purge; returns the keys removed (0 while Redis cannot take it yet). */
    public long carryOut(PurgeDecision decision) {
        if (decision instanceof PurgeDecision.Exact exact) {
            return exact.fragments().isEmpty() ? 0 : purge(exact.fragments());
        }
        return purgeAll();
    }

    /** Deletes every fragment of the current release (site-wide changes). */
    private long purgeAll() {
        epoch.incrementAndGet();
        return purgeNow(new PendingPurge(List.of(), keys.prefix() + "*", List.of(ALL)));
    }

    /**
     * An operator's purge (the same keys as the {@code purge} command); the keys removed.
     *
     * @throws IllegalStateException when Redis is unavailable (retrying once it is up helps)
     */
    public long purge(OperatorPurge request) {
        epoch.incrementAndGet();
        PendingPurge purge = new PendingPurge(List.of(), request.pattern(), List.of(request.announced()));
        long removed = purge.delete(redis)
                .orElseThrow(() -> new IllegalStateException("Redis is unavailable; retry when /healthz shows redis up"));
        counters.purged(removed);
        if (!forgetNear(purge.routes())) {
            pendingPurges.add(purge);
        }
        return removed;
    }

    /** Whether a purge is still waiting for Redis (it runs before the cache is read again). */
    public boolean purgesPending() {
        return !pendingPurges.isEmpty();
    }

    private static final String ALL = "*";

    /**
     * Keys to delete, or a SCAN pattern, and the routes to announce; kept while Redis cannot take
     * it. Running it twice is harmless: a second delete only costs a render.
     */
    private record PendingPurge(List<String> keys, String pattern, List<String> routes) {
        Optional<Long> delete(RedisCache redis) {
            return pattern == null ? redis.delete(keys) : redis.deleteMatching(pattern);
        }
    }

    private long purgeNow(PendingPurge purge) {
        Optional<Long> removed = purge.delete(redis);
        removed.ifPresent(counters::purged);
        boolean announced = forgetNear(purge.routes());
        if (removed.isEmpty() || !announced) {
            pendingPurges.add(purge);
            log.warn("purge: Redis unavailable; the purge runs, and is announced, before the cache is read again");
        }
        return removed.orElse(0L);
    }

    /** Drops the routes' near copies here and announces it; false when the announcement did not go out. */
    private boolean forgetNear(List<String> routes) {
        epoch.incrementAndGet();
        if (routes.contains(ALL)) {
            near.clear();
        } else {
            near.removeAll(routes);
        }
        return announce(routes);
    }

    /** Fragments one render produced, whether they went to Redis, and the epoch the render began at. */
    private record Rendered(Map<String, String> fragments, boolean stored, long epoch, long cacheNanos) {
    }

    /**
     * Renders the missing fragments and, when {@code toRedis}, stores them; concurrent callers for
     * the route wait for the first and share its result, including its epoch: what a follower
     * keeps is only as fresh as the render it waited for.
     */
    private Optional<Rendered> renderOnce(CacheablePage page, List<String> missing, long epochAtStart, boolean toRedis) {
        CompletableFuture<Optional<Rendered>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Rendered>> leader = inflight.putIfAbsent(page.route(), mine);
        if (leader != null) {
            return leader.join().map(done -> new Rendered(done.fragments(), done.stored(), done.epoch(), 0));
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
            boolean stored = toRedis && store(page.route(), fragments, epochAtStart);
            Rendered rendered = new Rendered(fragments, stored, epochAtStart, System.nanoTime() - storeStart);
            mine.complete(Optional.of(rendered));
            return Optional.of(rendered);
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
            if (next.delete(redis).isEmpty() || !announce(next.routes())) {
                return false;
            }
            pendingPurges.remove(next);
        }
        return true;
    }
}
