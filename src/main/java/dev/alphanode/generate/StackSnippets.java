package dev.alphanode.generate;

import java.util.List;

/** Plausible code for each stack; posts show one to three of their stack's snippets. */
final class StackSnippets {

    static final List<Snippet> REDIS = List.of(
            new Snippet("bash", """
                    redis-cli --scan --pattern 'anp:*' | head
                    redis-cli ttl 'anp:v42:route:/posts/example'"""),
            new Snippet("bash", """
                    redis-cli info stats | grep -E 'keyspace_(hits|misses)'
                    redis-cli config get maxmemory-policy"""),
            new Snippet("text", """
                    anp:{release}:route:{path}        ttl 86400
                    anp:{release}:fragment:{slug}:meta ttl 86400"""));

    static final List<Snippet> PHP = List.of(
            new Snippet("php", """
                    <?php
                    function respond(array $data, int $status = 200): void
                    {
                        http_response_code($status);
                        header('Content-Type: application/json');
                        echo json_encode($data, JSON_THROW_ON_ERROR);
                    }"""),
            new Snippet("bash", """
                    curl -sS -H 'Accept: application/json' https://api.example.test/v1/health
                    vendor/bin/phpunit --testsuite api"""),
            new Snippet("php", """
                    <?php
                    if (!is_numeric($_GET['page'] ?? '1')) {
                        respond(['error' => 'page must be a number'], 422);
                    }"""));

    static final List<Snippet> LARAVEL = List.of(
            new Snippet("bash", """
                    php artisan queue:work redis --tries=3 --backoff=10 --timeout=60
                    php artisan queue:failed"""),
            new Snippet("php", """
                    <?php
                    class ImportPost implements ShouldQueue
                    {
                        public int $tries = 3;
                        public function backoff(): array { return [10, 60, 300]; }
                    }"""),
            new Snippet("ini", """
                    [program:queue-worker]
                    command=php artisan queue:work redis --sleep=3 --tries=3
                    numprocs=2
                    autorestart=true"""));

    static final List<Snippet> POSTGRES = List.of(
            new Snippet("sql", """
                    EXPLAIN (ANALYZE, BUFFERS)
                    SELECT id, title FROM posts
                    WHERE draft = false ORDER BY published_on DESC LIMIT 10;"""),
            new Snippet("sql", """
                    CREATE INDEX CONCURRENTLY posts_published_idx
                        ON posts (published_on DESC) WHERE draft = false;"""),
            new Snippet("sql", """
                    SELECT query, calls, mean_exec_time
                    FROM pg_stat_statements ORDER BY mean_exec_time DESC LIMIT 5;"""));

    static final List<Snippet> REACT = List.of(
            new Snippet("javascript", """
                    import { lazy, Suspense } from 'react';
                    const Comments = lazy(() => import('./Comments.js'));
                    export function Post({ post }) {
                      return <Suspense fallback={null}><Comments id={post.id} /></Suspense>;
                    }"""),
            new Snippet("bash", """
                    npx vite build --mode production
                    npx lighthouse http://localhost:4173 --only-categories=performance"""),
            new Snippet("javascript", """
                    const formatDate = (iso) =>
                      new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(iso));"""));

    static final List<Snippet> DOCKER = List.of(
            new Snippet("dockerfile", """
                    FROM eclipse-temurin:17-jre
                    COPY target/app.jar /app/app.jar
                    HEALTHCHECK CMD wget -qO- http://localhost:8080/healthz || exit 1
                    ENTRYPOINT ["java", "-jar", "/app/app.jar"]"""),
            new Snippet("yaml", """
                    services:
                      web:
                        image: registry.example.test/app@sha256:3f2a
                        restart: unless-stopped"""),
            new Snippet("bash", """
                    docker compose pull && docker compose up -d --wait
                    docker compose logs --since 10m web"""));

    static final List<Snippet> JAVA = List.of(
            new Snippet("java", """
                    record Page(int number, int size) {
                        Page {
                            if (number < 1) throw new IllegalArgumentException("page must be >= 1");
                        }
                    }"""),
            new Snippet("bash", """
                    mvn -q test
                    jcmd $(pgrep -f app.jar) JFR.start duration=60s filename=run.jfr"""),
            new Snippet("java", """
                    var config = new HikariConfig();
                    config.setMaximumPoolSize(10);
                    config.setLeakDetectionThreshold(20_000);"""));

    static final List<Snippet> NGINX = List.of(
            new Snippet("nginx", """
                    gzip on;
                    gzip_types text/css application/javascript image/svg+xml;
                    location /static/ { expires 1y; add_header Cache-Control "public, immutable"; }"""),
            new Snippet("bash", """
                    curl -sI https://www.example.test/ | grep -iE 'cache-control|content-encoding'
                    nginx -t && nginx -s reload"""),
            new Snippet("nginx", """
                    upstream app { server 127.0.0.1:8080; keepalive 32; }
                    proxy_buffers 16 16k;"""));

    private StackSnippets() {
    }
}
