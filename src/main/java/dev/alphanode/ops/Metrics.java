package dev.alphanode.ops;

import dev.alphanode.cache.CacheCounters;
import dev.alphanode.cache.RedisCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Every metric the site publishes at {@code /metrics} (Prometheus text), named in
 * docs/operations.md. One registry, built once; recording is lock-free.
 */
public final class Metrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Counter dbCalls;
    private final Timer syncs;
    private final Counter imported;
    private final Counter rejected;
    private final Counter purgedKeys;
    private final Counter purges;
    private final Map<RequestKind, Timer> requestTimers = new ConcurrentHashMap<>();

    public Metrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        dbCalls = Counter.builder("anp.db.calls").description("Database calls made to render pages").register(registry);
        syncs = Timer.builder("anp.content.sync").description("Content imports (start-up, watcher, admin)")
                .publishPercentileHistogram().register(registry);
        imported = Counter.builder("anp.content.imported").description("Posts written by imports").register(registry);
        rejected = Counter.builder("anp.content.rejected").description("Files rejected by validation").register(registry);
        purges = Counter.builder("anp.cache.purges").description("Purges (content changes and operator purges)").register(registry);
        purgedKeys = Counter.builder("anp.cache.purged.keys").description("Fragment keys removed by purges").register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition of every metric. */
    public String scrape() {
        return registry.scrape();
    }

    public void request(String method, String route, int status, String cache, long nanos, int pageDbCalls) {
        RequestKind kind = new RequestKind(RequestLabels.method(method), route, RequestLabels.status(status),
                RequestLabels.cache(cache));
        requestTimers.computeIfAbsent(kind, this::requestTimer)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (pageDbCalls > 0) {
            dbCalls.increment(pageDbCalls);
        }
    }

    /** The tags of one {@code http.server.requests} series; its timer is looked up once, not built per request. */
    private record RequestKind(String method, String route, int status, String cache) {
    }

    private Timer requestTimer(RequestKind kind) {
        return Timer.builder("http.server.requests")
                .description("HTTP requests by route template, status and cache status")
                .tag("method", kind.method()).tag("route", kind.route()).tag("status", RequestLabels.statusLabel(kind.status()))
                .tag("cache", kind.cache())
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMillis(300))
                .register(registry);
    }

    public void synced(long nanos, int postsImported, int filesRejected, long keysPurged) {
        syncs.record(nanos, TimeUnit.NANOSECONDS);
        imported.increment(postsImported);
        rejected.increment(filesRejected);
        if (keysPurged > 0) {
            purges.increment();
            purgedKeys.increment(keysPurged);
        }
    }

    public void faults(Faults faults) {
        Gauge.builder("anp.faults", faults, f -> f.reasons().size())
                .description("Fatal faults (a dead thread, an Error); non-zero means restart this instance")
                .register(registry);
    }

    public void contentErrors(Supplier<Number> errors) {
        Gauge.builder("anp.content.errors", errors).description("Content files currently failing validation")
                .register(registry);
    }

    public void cache(CacheCounters counters) {
        FunctionCounter.builder("anp.cache.hits", counters, CacheCounters::hits)
                .description("Pages served entirely from cache").register(registry);
        FunctionCounter.builder("anp.cache.misses", counters, CacheCounters::misses)
                .description("Pages with at least one fragment rendered").register(registry);
    }

    public void redis(RedisCache redis) {
        Gauge.builder("anp.redis.up", redis, r -> r.state() == RedisCache.State.UP ? 1 : 0)
                .description("1 while Redis answers and the breaker is closed").register(registry);
        Gauge.builder("anp.redis.breaker.open", redis, r -> r.state() == RedisCache.State.OPEN ? 1 : 0)
                .description("1 while the circuit breaker skips Redis").register(registry);
        FunctionCounter.builder("anp.redis.errors", redis, RedisCache::failures)
                .description("Redis commands that failed or timed out").register(registry);
    }

    /** {@code anp_edge_purges_total{outcome=sent|retried|failed|skipped}} and the purges waiting to be sent. */
    public void edge(dev.alphanode.edge.EdgePurger purger) {
        edgeOutcome(purger, "sent", dev.alphanode.edge.EdgePurger::sent, "Purge requests the edge cache took");
        edgeOutcome(purger, "retried", dev.alphanode.edge.EdgePurger::retried,
                "Purge attempts that failed and were tried again after a back-off");
        edgeOutcome(purger, "failed", dev.alphanode.edge.EdgePurger::failed,
                "Purge requests given up on (the log says what, where and why)");
        edgeOutcome(purger, "skipped", dev.alphanode.edge.EdgePurger::skipped,
                "Site-wide purges urls mode cannot send");
        Gauge.builder("anp.edge.purge.pending", purger, dev.alphanode.edge.EdgePurger::pending)
                .description("Routes waiting to be purged at the edge").register(registry);
    }

    private void edgeOutcome(dev.alphanode.edge.EdgePurger purger, String outcome,
                             java.util.function.ToDoubleFunction<dev.alphanode.edge.EdgePurger> count, String description) {
        FunctionCounter.builder("anp.edge.purges", purger, count).tag("outcome", outcome).description(description)
                .register(registry);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
