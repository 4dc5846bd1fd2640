package dev.alphanode.generate;

import java.util.List;

/** The problems posts are about. Order matters: it is part of the deterministic output. */
final class Topics {

    static final List<Topic> ALL = List.of(
            topic("debugging cache invalidation", List.of("caching", "performance"),
                    "stale fragments", "purge scope", "invalidation fan-out", "versioned keys",
                    "race windows", "dependency maps"),
            topic("migrating settings without downtime", List.of("deployment", "migrations"),
                    "feature flags", "dual reads", "config schemas", "backfills",
                    "default values", "cutover windows"),
            topic("keeping staging close to production", List.of("deployment", "testing"),
                    "environment drift", "seed data", "parity checks", "config diffs",
                    "smoke tests", "database snapshots"),
            topic("hardening file upload flows", List.of("security"),
                    "mime sniffing", "size limits", "quarantine folders", "malware scanning",
                    "signed urls", "filename sanitizing"),
            topic("tuning slow queries", List.of("databases", "performance"),
                    "query plans", "sequential scans", "n plus one loops", "row estimates",
                    "slow logs", "covering indexes"),
            topic("reducing page weight", List.of("frontend", "performance"),
                    "critical css", "image compression", "bundle splitting", "lazy loading",
                    "font subsets", "transfer size"),
            topic("creating rollback friendly releases", List.of("deployment", "reliability"),
                    "release tags", "blue green switches", "reversible migrations", "pinned artifacts",
                    "rollback drills", "version manifests"),
            topic("handling background job failures", List.of("reliability", "operations"),
                    "retry budgets", "dead letter queues", "idempotency keys", "poison messages",
                    "exponential backoff", "job timeouts"),
            topic("securing admin endpoints", List.of("security", "operations"),
                    "bearer tokens", "rate limits", "audit trails", "ip allowlists",
                    "session expiry", "least privilege"),
            topic("improving error visibility", List.of("operations", "testing"),
                    "structured logs", "error budgets", "trace ids", "alert thresholds",
                    "sampled stack traces", "status dashboards"),
            topic("planning capacity for traffic spikes", List.of("performance", "operations"),
                    "load tests", "capacity headroom", "connection pools", "queue depth",
                    "autoscaling rules", "warm caches"),
            topic("cleaning up legacy configuration", List.of("maintenance", "operations"),
                    "dead settings", "environment variables", "config audits", "ownership notes",
                    "default drift", "deprecation windows"));

    private Topics() {
    }

    private static Topic topic(String name, List<String> tags, String... vocabulary) {
        return new Topic(name, tags, List.of(vocabulary));
    }
}
