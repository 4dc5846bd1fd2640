package dev.alphanode.generate;

import java.util.List;

/** The stacks posts are filed under; each stack's posts go to {@code posts/<stack slug>/}. */
final class Stacks {

    static final List<TechStack> ALL = List.of(
            new TechStack("redis caching", "database", "text",
                    List.of("redis", "ttl", "cache keys", "object cache", "git", "logs"),
                    List.of("caching"),
                    List.of("keyspace hits", "eviction policy", "maxmemory", "key prefixes",
                            "fragment ttl", "scan cursors"),
                    StackSnippets.REDIS),
            new TechStack("php apis", "backend", "php",
                    List.of("php", "composer", "phpunit", "openapi", "curl", "logs"),
                    List.of("php"),
                    List.of("json responses", "request validation", "composer autoload", "api versioning",
                            "status codes", "openapi specs"),
                    StackSnippets.PHP),
            new TechStack("laravel queues", "backend", "php",
                    List.of("laravel", "horizon", "artisan", "supervisor", "redis", "logs"),
                    List.of("php", "reliability"),
                    List.of("queue workers", "failed jobs table", "horizon metrics", "job batching",
                            "supervisor programs", "artisan commands"),
                    StackSnippets.LARAVEL),
            new TechStack("postgres indexing", "database", "sql",
                    List.of("postgres", "explain analyze", "pg_stat_statements", "psql", "migrations", "logs"),
                    List.of("databases"),
                    List.of("btree indexes", "partial indexes", "vacuum runs", "index bloat",
                            "concurrent builds", "planner statistics"),
                    StackSnippets.POSTGRES),
            new TechStack("react frontends", "frontend", "javascript",
                    List.of("react", "vite", "lighthouse", "eslint", "npm", "browser devtools"),
                    List.of("frontend"),
                    List.of("component trees", "hydration cost", "suspense boundaries", "render counts",
                            "bundle analyzer", "memoized props"),
                    StackSnippets.REACT),
            new TechStack("docker deploys", "infrastructure", "dockerfile",
                    List.of("docker", "compose", "healthchecks", "registry", "git", "logs"),
                    List.of("deployment"),
                    List.of("image layers", "multi stage builds", "container healthchecks", "image digests",
                            "compose profiles", "volume mounts"),
                    StackSnippets.DOCKER),
            new TechStack("java services", "backend", "java",
                    List.of("java", "maven", "junit", "jfr", "hikaricp", "logs"),
                    List.of("java"),
                    List.of("thread pools", "garbage collection pauses", "jfr recordings", "connection leaks",
                            "heap dumps", "maven profiles"),
                    StackSnippets.JAVA),
            new TechStack("nginx tuning", "infrastructure", "nginx",
                    List.of("nginx", "gzip", "cache-control", "access logs", "curl", "tls"),
                    List.of("performance", "operations"),
                    List.of("worker connections", "upstream keepalive", "proxy buffers", "gzip levels",
                            "server blocks", "open file cache"),
                    StackSnippets.NGINX));

    private Stacks() {
    }
}
