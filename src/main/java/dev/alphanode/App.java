package dev.alphanode;

import dev.alphanode.assets.StaticAssets;
import dev.alphanode.cache.EmbeddedRedis;
import dev.alphanode.cache.FragmentCache;
import dev.alphanode.cache.FragmentKeys;
import dev.alphanode.cache.RedisCache;
import dev.alphanode.config.Config;
import dev.alphanode.content.MediaPaths;
import dev.alphanode.ops.Faults;
import dev.alphanode.ops.Metrics;
import dev.alphanode.render.Markdown;
import dev.alphanode.search.SearchIndex;
import dev.alphanode.similar.SimilarPosts;
import dev.alphanode.render.PageRenderer;
import dev.alphanode.render.Templates;
import dev.alphanode.sync.ContentImporter;
import dev.alphanode.sync.ContentSync;
import dev.alphanode.sync.ContentWatcher;
import dev.alphanode.sync.ImportReport;
import dev.alphanode.pages.Pages;
import dev.alphanode.pages.Redirects;
import dev.alphanode.sync.SiteState;
import dev.alphanode.store.Database;
import dev.alphanode.store.PostStore;
import dev.alphanode.upload.Uploads;
import dev.alphanode.edge.EdgePurger;
import dev.alphanode.web.Admin;
import dev.alphanode.web.EdgePolicy;
import dev.alphanode.web.AdminToken;
import dev.alphanode.web.Health;
import dev.alphanode.web.MediaFiles;
import dev.alphanode.web.NearHits;
import dev.alphanode.web.RequestLog;
import dev.alphanode.web.StaticFiles;
import dev.alphanode.web.UploadRoute;
import dev.alphanode.web.WebServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running site: builds the object graph in dependency order, syncs content, serves HTTP. */
public final class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);
    static final Duration REDIS_TIMEOUT = Duration.ofMillis(250);
    static final Duration BREAKER_OPEN_FOR = Duration.ofSeconds(1);

    private final Deque<AutoCloseable> resources;
    private final ContentSync sync;
    private final SiteState state;
    private final Optional<FragmentCache> cache;
    private final String release;
    private final WebServer web;
    private final String dbUrl;

    private App(Deque<AutoCloseable> resources, ContentSync sync, SiteState state, Optional<FragmentCache> cache,
                String release, WebServer web, String dbUrl) {
        this.resources = resources;
        this.sync = sync;
        this.state = state;
        this.cache = cache;
        this.release = release;
        this.web = web;
        this.dbUrl = dbUrl;
    }

    /**
     * Starts the site. The database is derived from content/, so when it is found damaged (a file H2
     * cannot read, rows missing, a lock left by a killed process) it is moved aside and rebuilt
     * once, with one log line; if that fails too, start-up stops saying what to do.
     */
    public static App start(Config config) {
        Database.lastStop(config.dbUrl()).ifPresent(unclean -> {
            java.nio.file.Path aside = Database.setAside(config.dbUrl());
            log.warn("database: {}; H2 is not trusted after a crash (a killed write can leave its indexes"
                    + " inconsistent), so it was moved to {} and is rebuilt from {}", unclean, aside, config.contentDir());
        });
        try {
            return startOnce(config);
        } catch (RuntimeException e) {
            if (!Database.isDamage(e)) {
                throw e;
            }
            if (Database.file(config.dbUrl()).isEmpty()) {
                throw new IllegalStateException("the database at ANP_DB_URL '" + config.dbUrl() + "' is damaged ("
                        + e.getMessage() + "); it holds only what content/ gives, so drop it or point ANP_DB_URL at an"
                        + " empty database and start again", e);
            }
            java.nio.file.Path aside = Database.setAside(config.dbUrl());
            log.warn("database: {} was damaged ({}); moved it to {} and rebuilding it from {}",
                    Database.file(config.dbUrl()).orElseThrow(), e.getMessage(), aside, config.contentDir());
        }
        try {
            return startOnce(config);
        } catch (RuntimeException e) {
            if (Database.isDamage(e)) {
                throw new IllegalStateException("the database rebuilt from content/ failed too (" + e.getMessage()
                        + "); check the disk under " + Database.file(config.dbUrl()).orElseThrow().getParent(), e);
            }
            throw e;
        }
    }

    private static App startOnce(Config config) {
        long started = System.nanoTime();
        String version = Version.current();
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            Metrics metrics = push(resources, new Metrics());
            Faults faults = push(resources, new Faults().installAsDefaultHandler());
            metrics.faults(faults);
            Database db = push(resources, new Database(config.dbUrl(), metrics.registry()));
            PostStore store = new PostStore(db);
            store.damage().ifPresent(why -> {
                throw new Database.DamagedDatabaseException(why);
            });
            SiteState state = new SiteState();
            StaticAssets assets = config.staticDir().map(StaticAssets::fromDirectory).orElseGet(StaticAssets::fromJar);
            // The templates' fingerprint covers the assets too: pages name their hashed URLs.
            Templates templates = new Templates(config.templatesDir(), assets);
            String release = version + "-" + templates.fingerprint().substring(0, 12);
            Optional<FragmentCache> cache = cache(config, resources, release, state);
            SimilarPosts similar = new SimilarPosts(db);
            SearchIndex search = push(resources, searchIndex(config.dbUrl()));
            Optional<EdgePurger> edge = config.edgePurge().map(target -> push(resources, new EdgePurger(target)));
            edge.ifPresent(metrics::edge);
            ContentSync sync = new ContentSync(new ContentImporter(config.contentDir(), store, state), store, similar,
                    search, cache, state, metrics, edge);
            cache.ifPresent(c -> {
                metrics.cache(c.counters());
                metrics.redis(c.redis());
            });
            metrics.contentErrors(() -> state.lastImport() == null ? 0 : state.lastImport().errorCount());
            ImportReport report = sync.sync().imported();
            ContentWatcher watcher = push(resources, new ContentWatcher(config.contentDir(), sync,
                    config.watch(), config.pollInterval(), faults).start());
            faults.watch("the content watcher", watcher::alive);
            MediaPaths media = new MediaPaths(config.contentDir());
            Pages pages = new Pages(store, similar, search, new Markdown(), media, new PageRenderer(templates), state,
                    config.baseUrl());
            Health health = new Health(store, state, cache.map(FragmentCache::redis), version, release, faults);
            WebServer web = push(resources, new WebServer(webParts(config, store, pages, cache, sync, similar, health, metrics,
                    faults, state, assets, media)).start(config.port()));
            log.info("alphanode {} (release {}) ready on http://localhost:{} in {} ms: {} posts, {} content errors,"
                            + " cache {}", version, release, web.port(), (System.nanoTime() - started) / 1_000_000,
                    store.countPublished(), report.errorCount(), cache.isPresent() ? "on" : "off");
            sync.startDeferredWork();
            return new App(resources, sync, state, cache, release, web, config.dbUrl());
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static Optional<FragmentCache> cache(Config config, Deque<AutoCloseable> resources, String release,
                                                 SiteState state) {
        if (!config.cacheEnabled()) {
            return Optional.empty();
        }
        URI redisUrl = config.redisUrl().orElseGet(() -> {
            RuntimeFiles.readRedisPid(config.dbUrl()).ifPresent(pid -> RuntimeFiles.readRedisUrl(config.dbUrl())
                    .ifPresent(left -> EmbeddedRedis.stopLeftOver(pid, left.getPort())));
            EmbeddedRedis embedded = push(resources, EmbeddedRedis.start());
            log.info("redis: ANP_REDIS_URL is unset, started an embedded Redis on 127.0.0.1:{}", embedded.port());
            RuntimeFiles.writeRedisUrl(config.dbUrl(), embedded.uri());
            embedded.pid().ifPresent(pid -> RuntimeFiles.writeRedisPid(config.dbUrl(), pid));
            return embedded.uri();
        });
        RedisCache redis = push(resources, new RedisCache(redisUrl, REDIS_TIMEOUT, BREAKER_OPEN_FOR));
        return Optional.of(new FragmentCache(redis, new FragmentKeys(release), () -> state.settings().cacheTtlSeconds()));
    }

    /** The search index beside the database file ({@code NAME.search/}); in memory for an in-memory database. */
    private static SearchIndex searchIndex(String dbUrl) {
        return Database.file(dbUrl)
                .map(file -> SearchIndex.open(file.resolveSibling(file.getFileName().toString()
                        .replace(".mv.db", ".search"))))
                .orElseGet(SearchIndex::inMemory);
    }

    private static WebServer.Parts webParts(Config config, PostStore store, Pages pages, Optional<FragmentCache> cache, ContentSync sync,
                                            SimilarPosts similar, Health health, Metrics metrics, Faults faults,
                                            SiteState state, StaticAssets assets, MediaPaths mediaPaths) {
        boolean https = "https".equals(config.baseUrl().getScheme());
        AdminToken token = new AdminToken(config.adminToken());
        UploadRoute uploads = new UploadRoute(new Uploads(config.contentDir(), config.uploadMaxBytes()));
        Admin admin = new Admin(token, cache, sync, uploads, pages, similar, https);
        RequestLog requestLog = new RequestLog(metrics);
        EdgePolicy edge = new EdgePolicy(() -> state.settings().edge(), config.baseUrl().toString());
        Optional<NearHits> nearHits = cache.map(fragments -> new NearHits(fragments, https, requestLog, faults, edge));
        MediaFiles media = new MediaFiles(mediaPaths, store::publishedSource);
        return new WebServer.Parts(pages, cache, health, metrics, faults, media, token, admin, requestLog, nearHits,
                https, new Redirects(store, config.givenBaseUrl()), edge, new StaticFiles(assets));
    }

    private static <T extends AutoCloseable> T push(Deque<AutoCloseable> resources, T resource) {
        resources.push(resource);
        return resource;
    }

    public int port() {
        return web.port();
    }

    public WebServer web() {
        return web;
    }

    public String release() {
        return release;
    }

    public Optional<FragmentCache> cache() {
        return cache;
    }

    /** The latest import: the one at start-up until {@link #sync()} runs. */
    public ImportReport lastImport() {
        return state.lastImport();
    }

    /** The one content-change entry point: re-reads content/ and purges exactly what changed. */
    public ContentSync.SyncReport sync() {
        return sync.sync();
    }

    @Override
    public void close() {
        if (closeAll(resources)) {
            Database.stoppedCleanly(dbUrl);
        }
    }

    /** Closes everything, last opened first; false when something failed to close. */
    private static boolean closeAll(Deque<AutoCloseable> resources) {
        boolean clean = true;
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                clean = false;
                log.warn("closing {} failed: {}", resource.getClass().getSimpleName(), e.getMessage());
            }
        }
        return clean;
    }
}
