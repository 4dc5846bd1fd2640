package dev.alphanode.sync;

import dev.alphanode.similar.SimilarPosts;
import dev.alphanode.cache.FragmentCache;
import dev.alphanode.cache.PurgeDecision;
import dev.alphanode.cache.RouteFragment;
import dev.alphanode.content.Post;
import dev.alphanode.content.SiteSettings;
import dev.alphanode.edge.EdgePurger;
import dev.alphanode.ops.Metrics;
import dev.alphanode.search.SearchIndex;
import dev.alphanode.store.PostFacts;
import dev.alphanode.store.PostStore;
import dev.alphanode.store.SitemapRows;
import dev.alphanode.store.PublishedFingerprint;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every content change takes: validate → store (transaction) → similar lists →
 * exact purge. The file watcher, start-up and tests all call {@link #sync()}.
 */
public final class ContentSync {
    private static final Logger log = LoggerFactory.getLogger(ContentSync.class);
    /** Beyond this many changed posts at once, tracing each one costs more than purging everything. */
    static final int BULK_CHANGES = 200;
    private static final String SETTINGS_FINGERPRINT = "settings_fingerprint";

    private final ContentImporter importer;
    private final PostStore store;
    private final Dependencies dependencies;
    private final SimilarPosts similar;
    private final SearchIndex search;
    private final Optional<FragmentCache> cache;
    private final SiteState state;
    private final Metrics metrics;
    private final Optional<EdgePurger> edge;
    private final PurgeRecords records;
    private boolean synced;
    /** Set by a first sync on unchanged content: the similar index load it left for {@link #startDeferredWork}. */
    private Optional<Runnable> deferredLoad = Optional.empty();

    public ContentSync(ContentImporter importer, PostStore store, SimilarPosts similar, SearchIndex search,
                       Optional<FragmentCache> cache, SiteState state, Metrics metrics, Optional<EdgePurger> edge) {
        this.edge = edge;
        this.search = search;
        this.metrics = metrics;
        this.importer = importer;
        this.store = store;
        this.dependencies = new Dependencies(store);
        this.similar = similar;
        this.cache = cache;
        this.state = state;
        this.records = new PurgeRecords(store);
    }

    /**
     * Brings store, similar lists and cache in line with content/; returns what was imported and purged.
     * The first sync also makes good what an earlier run left unfinished ({@link PurgeRecords}).
     */
    public synchronized SyncReport sync() {
        if (!synced) {
            records.read();
        }
        return store.countAll() == 0 ? fresh() : apply(importer.plan());
    }

    /** Like {@link #sync()}, for only these paths (relative to content/): what the watcher saw change. */
    public synchronized SyncReport sync(java.util.Collection<String> changedPaths) {
        return apply(importer.plan(changedPaths));
    }

    /**
     * An empty database: the importer writes while it parses (there is nothing to trace), then every
     * list is rebuilt and, since nothing says what Redis holds, every page purged.
     */
    private SyncReport fresh() {
        long start = System.nanoTime();
        records.syncBegins("a fresh import");
        SearchIndex.Rebuild searchBuild = search.startRebuild();
        ImportReport report;
        // The search index is built from the posts as they are written, on a thread of its own while
        // the next chunk is parsed and written and then beside the similar lists: no second read of H2.
        ExecutorService indexer = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "search-build"));
        try {
            AtomicReference<Future<?>> behind = new AtomicReference<>();
            report = importer.importFresh(written -> {
                awaitIndexed(behind.get());
                behind.set(indexer.submit(() -> searchBuild.add(written, false)));
            });
            store.analyze();
            SiteSettings settings = state.settings();
            settingsChanged(settings);
            similar.rebuild(settings.similarWeights(), settings.similarPosts());
            awaitIndexed(behind.get());
        } finally {
            indexer.shutdownNow();
        }
        String fingerprint = store.publishedFingerprint();
        searchBuild.finish(fingerprint);
        state.searchFingerprint(fingerprint);
        log.info("search: index built during the import: {} posts", store.countPublished());
        synced = true;
        dependencies.forgetCounts();
        long purged = carryOut(new PurgeDecision.Everything("a fresh database"), false);
        syncFinished();
        metrics.synced(System.nanoTime() - start, report.imported(), report.rejected(), purged);
        return new SyncReport(report, purged);
    }

    private SyncReport apply(ImportPlan plan) {
        SiteSettings settingsBefore = state.settings();
        int changed = plan.accepted().size() + plan.removedSources().size();
        boolean bulk = changed > BULK_CHANGES;
        Optional<Dependencies.Trace> trace = bulk || !plan.changesPosts()
                ? Optional.empty() : Optional.of(dependencies.begin(plan.accepted(), plan.removedSources(),
                settingsBefore.postsPerPage()));
        Set<String> referrers = new HashSet<>(trace.map(t -> similar.referrersOf(t.changedCards())).orElse(Set.of()));

        if (plan.changesPosts() || plan.settings().map(next -> !next.equals(settingsBefore)).orElse(false)) {
            records.syncBegins(changed + " posts changed");
        }
        Optional<SitemapRows> sitemapBefore = trace.isPresent() ? store.knownSitemapRows() : Optional.empty();
        ImportPlan written = importer.write(plan);
        long afterWrite = store.writeCount();
        if (bulk) {
            store.analyze();
        }
        ImportReport report = importer.publish(written);
        boolean refused = written.accepted().size() < plan.accepted().size();
        SiteSettings settings = state.settings();
        boolean settingsChanged = settingsChanged(settings);
        Optional<String> siteWide = bulk ? Optional.of(changed + " posts changed")
                : settingsChanged ? Optional.of("site.yml changed")
                : refused ? Optional.of("the database refused a post, so the trace taken before is not what was written")
                : records.interrupted().map(since -> "an earlier sync was interrupted before its purge (" + since + ")");
        if (trace.isPresent() && siteWide.isEmpty()) {
            // Before the purge, so a sitemap rendered after it reads the moved snapshot.
            List<Dependencies.Change> changes = trace.get().changes();
            sitemapBefore.ifPresent(rows -> store.keepSitemapRows(rows.moved(
                    changes.stream().flatMap(change -> change.before().stream()).toList(),
                    changes.stream().flatMap(change -> change.after().stream()).toList(),
                    store::listingSizes), afterWrite));
        }
        if (!synced && records.interrupted().isPresent()) {
            log.warn("sync: an earlier sync was interrupted before its purge ({}); rebuilding similar lists and"
                    + " purging every page", records.interrupted().get());
        }
        Set<String> similarChanged = similarUpdate(written, trace, settings, settingsBefore, siteWide.isPresent());
        searchUpdate(trace.filter(t -> !refused), written, plan.changesPosts());
        trace.ifPresent(t -> referrers.addAll(similar.referrersOf(t.changedCards())));
        boolean firstSync = !synced;
        synced = true;

        PurgeDecision decision = siteWide.or(this::owedToRedis).<PurgeDecision>map(PurgeDecision.Everything::new)
                .orElseGet(() -> exactly(trace, referrers, similarChanged, settings));
        if (trace.isEmpty() || siteWide.isPresent()) {
            dependencies.forgetCounts();
        }
        long purged = carryOut(decision, firstSync);
        syncFinished();
        metrics.synced(System.nanoTime() - plan.startNanos(), report.imported(), report.rejected(), purged);
        return new SyncReport(report, purged);
    }

    /**
     * The fragments a traced change made different: the trace's routes (posts, listing pages, the
     * similar lists that showed a changed card) and the similar lists the update moved.
     */
    private static PurgeDecision exactly(Optional<Dependencies.Trace> trace, Set<String> referrers,
                                         Set<String> similarChanged, SiteSettings settings) {
        if (trace.isEmpty() && similarChanged.isEmpty()) {
            return PurgeDecision.nothing();
        }
        referrers.addAll(similarChanged);
        return new PurgeDecision.Exact(trace.map(t -> t.affected(settings.feedSize(), referrers))
                .orElseGet(() -> Dependencies.similarFragments(referrers)));
    }

    /**
     * Purges Redis, then queues the same routes for the edge in front (sent off this thread): in that
     * order, so an edge that refetches at once gets the new page, not a fragment the purge has yet to drop.
     */
    private long carryOut(PurgeDecision decision, boolean atStartUp) {
        long purged = carryOutInRedis(decision, atStartUp);
        edge.ifPresent(purger -> purger.announce(decision));
        return purged;
    }

    private long carryOutInRedis(PurgeDecision decision, boolean atStartUp) {
        if (cache.isEmpty()) {
            return 0;
        }
        long purged = cache.get().carryOut(decision);
        if (decision instanceof PurgeDecision.Everything everything) {
            log.info("purge: site-wide change ({}), purged every page: {} keys", everything.why(), purged);
        } else if (decision instanceof PurgeDecision.Exact exact && !exact.fragments().isEmpty()) {
            log.info("purge{}: {} fragments of {} routes, {} keys removed", atStartUp ? " at start-up" : "",
                    exact.fragments().size(), exact.fragments().stream().map(RouteFragment::route).distinct().count(),
                    purged);
        }
        return purged;
    }

    /**
     * Why every page is purged for what an earlier run owed Redis (a sync that finished with the cache
     * off, or whose purge Redis had yet to take when the process stopped), when there is a cache to
     * purge now. That sync completed its similar lists, so unlike an interrupted one nothing is
     * rebuilt; with the cache still off the purge stays owed.
     */
    private Optional<String> owedToRedis() {
        return cache.isEmpty() ? Optional.empty() : records.owed().map(since -> "Redis was owed a purge since " + since);
    }

    /**
     * Records in H2 that the sync finished: the record written before its change is cleared, and
     * unless its purge reached Redis, that purge is recorded as owed (see {@link PurgeRecords}).
     */
    private void syncFinished() {
        records.syncFinished(cache.isPresent() && !cache.get().purgesPending());
    }

    /**
     * Whether the settings differ from those the cached pages were rendered with: compared with the
     * fingerprint remembered in H2, so a site.yml edited while the site was down counts too.
     */
    private boolean settingsChanged(SiteSettings settings) {
        String fingerprint = dev.alphanode.content.ContentFiles.sha256Hex(
                settings.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (store.siteState(SETTINGS_FINGERPRINT).filter(fingerprint::equals).isPresent()) {
            return false;
        }
        store.siteState(SETTINGS_FINGERPRINT, fingerprint);
        return true;
    }

    /**
     * Starts what the first sync left for after start-up: loading the similar index in the background
     * when the content had not changed. Until it has loaded, a change loads it first (as before).
     */
    public synchronized void startDeferredWork() {
        deferredLoad.ifPresent(Runnable::run);
        deferredLoad = Optional.empty();
    }

    /** Purges the similar lists a background load rewrote (a release whose formula differs). */
    private synchronized void similarRewritten(Set<String> slugs) {
        log.info("similar: the background load rewrote {} lists", slugs.size());
        carryOut(new PurgeDecision.Exact(Dependencies.similarFragments(slugs)), false);
    }

    private Set<String> similarUpdate(ImportPlan plan, Optional<Dependencies.Trace> trace, SiteSettings settings,
                                      SiteSettings before, boolean siteWide) {
        if (!synced && !siteWide && !plan.changesPosts()) {
            // A restart on unchanged content: the stored lists are current, so the index that keeps
            // them so is loaded after the site is up (4–5 s at 20,000 posts), not before.
            deferredLoad = Optional.of(() -> similar.loadInBackground(settings.similarWeights(), settings.similarPosts(),
                    this::similarRewritten));
            return Set.of();
        }
        if (!synced && !siteWide) {
            return similar.load(settings.similarWeights(), settings.similarPosts());
        }
        if (!synced || siteWide || !settings.similarWeights().equals(before.similarWeights())
                || settings.similarPosts() != before.similarPosts()) {
            return similar.rebuild(settings.similarWeights(), settings.similarPosts());
        }
        if (trace.isEmpty()) {
            return Set.of();
        }
        Set<String> removedSlugs = new HashSet<>();
        for (Dependencies.Change change : trace.get().changes()) {
            change.before().ifPresent(old -> {
                if (change.after().map(now -> !now.slug().equals(old.slug())).orElse(true)) {
                    removedSlugs.add(old.slug());
                }
            });
        }
        plan.accepted().stream().map(Post::slug).forEach(removedSlugs::remove);
        return similar.update(plan.accepted(), removedSlugs, settings.similarWeights(), settings.similarPosts());
    }

    private static Set<String> changedSlugs(Dependencies.Trace trace, ImportPlan written) {
        Set<String> slugs = new java.util.TreeSet<>(trace.changedSlugs());
        written.accepted().forEach(post -> slugs.add(post.slug()));
        return slugs;
    }

    /**
     * Brings the search index in line with H2, in the same sync: the changed slugs re-read from H2
     * (published → replaced, otherwise removed), or every post when the change was not traced or the
     * index is missing, of another format or of other content (at the first sync). The fingerprint
     * the index then holds is what cached searches are keyed by, so it is published last; a traced
     * change moves it by the versions it replaced and wrote instead of reading every post again.
     */
    private void searchUpdate(Optional<Dependencies.Trace> trace, ImportPlan written, boolean postsChanged) {
        if (!synced || trace.isEmpty()) {
            String fingerprint = store.publishedFingerprint();
            if ((postsChanged || !synced) && search.needsRebuild(fingerprint)) {
                long start = System.nanoTime();
                search.rebuild(store.published(), fingerprint);
                log.info("search: index rebuilt from the database: {} posts in {} ms", store.countPublished(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            state.searchFingerprint(fingerprint);
            return;
        }
        String fingerprint = state.searchFingerprint();
        for (Dependencies.Change change : trace.get().changes()) {
            Optional<PostFacts> before = change.before().filter(facts -> !facts.draft());
            Optional<PostFacts> after = change.after().filter(facts -> !facts.draft());
            if (before.isPresent()) {
                fingerprint = PublishedFingerprint.without(fingerprint, before.get().slug(), before.get().contentHash());
            }
            if (after.isPresent()) {
                fingerprint = PublishedFingerprint.with(fingerprint, after.get().slug(), after.get().contentHash());
            }
        }
        if (!fingerprint.equals(state.searchFingerprint())) {
            List<Post> upserted = new java.util.ArrayList<>();
            List<String> removed = new java.util.ArrayList<>();
            for (String slug : changedSlugs(trace.get(), written)) {
                store.findBySlug(slug).filter(post -> !post.draft()).ifPresentOrElse(upserted::add, () -> removed.add(slug));
            }
            search.replace(upserted, removed, fingerprint);
        }
        state.searchFingerprint(fingerprint);
    }

    Dependencies dependencies() {
        return dependencies;
    }

    /** Waits for a chunk handed to the search build (at most one is behind the writes); its failure is the import's. */
    private static void awaitIndexed(Future<?> chunk) {
        if (chunk == null) {
            return;
        }
        try {
            chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the search index was built", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** An import and the number of cache keys it purged. */
    public record SyncReport(ImportReport imported, long purgedKeys) {
    }

}
