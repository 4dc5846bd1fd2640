package dev.alphanode.similar;

import dev.alphanode.content.Post;
import dev.alphanode.store.Database;
import dev.alphanode.store.PostSummary;
import dev.alphanode.store.SimilarTables;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The similar-posts engine: each published post's top-k list, precomputed and stored in H2, kept
 * current incrementally as posts change. See docs/similar.md for the formula and settings.
 * Writers are serialised; {@link #similarTo} only reads H2 and never waits for them.
 */
public final class SimilarPosts {
    private static final Logger log = LoggerFactory.getLogger(SimilarPosts.class);
    private static final int MAX_K = 100;
    private static final int SHARED_TERMS = 12;

    private final PostRows posts;
    private final ListStore lists;
    private final FullBuild full;
    private EngineState state;

    public SimilarPosts(Database db) {
        this(db, Tuning.DEFAULTS);
    }

    SimilarPosts(Database db, Tuning tuning) {
        SimilarTables tables = new SimilarTables(db);
        this.posts = new PostRows(tables, new TextTerms());
        this.lists = new ListStore(tables);
        this.full = new FullBuild(posts, lists, tuning);
    }

    /**
     * Loads the index at start-up (after the first import) and recomputes every list. Returns the slugs
     * whose stored list changed (content edited while the site was down, other settings, or everything
     * on a first start).
     */
    public synchronized Set<String> load(Map<String, Double> weights, int k) {
        return install(full.load(Weights.of(weights), checkedK(k)));
    }

    /**
     * {@link #load} on a thread of its own, for a start-up that found no post changed: readers are
     * served the stored lists meanwhile, and every other call here waits until the index is loaded
     * (the thread holds this object's lock before this method returns). The lists the load rewrote
     * (none, unless the engine's formula changed with a new release) go to {@code rewritten}, called
     * without this lock held. Does nothing when a change already loaded the index.
     */
    public void loadInBackground(Map<String, Double> weights, int k, Consumer<Set<String>> rewritten) {
        CountDownLatch holding = new CountDownLatch(1);
        Thread loader = new Thread(() -> {
            Set<String> changed;
            synchronized (this) {
                holding.countDown();
                if (state != null) {
                    return;
                }
                try {
                    changed = load(weights, k);
                } catch (RuntimeException e) {
                    log.warn("similar: loading the index in the background failed, the next change loads it: {}",
                            e.toString());
                    return;
                }
            }
            if (!changed.isEmpty()) {
                rewritten.accept(changed);
            }
        }, "similar-load");
        loader.setDaemon(true);
        loader.start();
        boolean interrupted = false;
        while (true) {
            try {
                holding.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Full rebuild over every stored post; returns every slug whose stored list changed. */
    public synchronized Set<String> rebuild(Map<String, Double> weights, int k) {
        return install(full.rebuild(Weights.of(weights), checkedK(k), storedLists()));
    }

    /**
     * After {@code PostStore.apply} committed: {@code upserted} are the posts just written (drafts
     * included), {@code removedSlugs} the slugs no longer stored. Returns exactly the published posts
     * whose list changed (entries, scores, or a listed post's card), the upserted ones included.
     */
    public synchronized Set<String> update(List<Post> upserted, Collection<String> removedSlugs,
                                           Map<String, Double> weights, int k) {
        Weights w = Weights.of(weights);
        checkedK(k);
        if (state == null) {
            return load(weights, k);
        }
        if (!w.equals(state.weights()) || k != state.k()) {
            return rebuild(weights, k);
        }
        Set<String> touched = new TreeSet<>(removedSlugs);
        upserted.forEach(post -> touched.add(post.slug()));
        return touched.isEmpty() ? Set.of() : apply(touched);
    }

    /** The stored list, best first, at most {@code limit}. Empty for unknown slugs and drafts. */
    public List<PostSummary> similarTo(String slug, int limit) {
        return limit <= 0 ? List.of() : lists.shown(slug, limit).stream().map(ListStore.Shown::card).toList();
    }

    /**
     * The published posts whose stored list shows any of {@code slugs}. {@link #update} already
     * reports these lists when a listed post's card changed; this answers the question directly.
     */
    public synchronized Set<String> referrersOf(Collection<String> slugs) {
        Set<String> referrers = new TreeSet<>();
        if (state == null) {
            Set<String> published = posts.publishedHashes().keySet();
            lists.readAll().forEach((owner, list) -> {
                if (published.contains(owner) && list.stream().anyMatch(n -> slugs.contains(n.slug()))) {
                    referrers.add(owner);
                }
            });
        } else {
            slugs.forEach(slug -> referrers.addAll(state.lists().holdersOf(slug)));
        }
        return referrers;
    }

    /** The stored list with each entry's score parts and shared terms, for editors tuning weights. */
    public synchronized List<Explanation> explain(String slug, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return lists.shown(slug, limit).stream().map(row -> explanation(slug, row)).toList();
    }

    private Explanation explanation(String slug, ListStore.Shown row) {
        Neighbour n = row.neighbour();
        List<String> shared = List.of();
        if (state != null && state.index().id(slug) >= 0 && state.index().id(n.slug()) >= 0) {
            shared = state.index().sharedTerms(state.index().id(slug), state.index().id(n.slug()), SHARED_TERMS);
        }
        return new Explanation(n.slug(), row.card().title(), n.score(), n.topic(), n.stack(), n.tools(), n.tags(),
                n.text(), shared);
    }

    private Set<String> install(FullBuild.Result result) {
        state = result.state();
        return result.changed();
    }

    /** One incremental step: the lists a full rebuild on the current posts would give. */
    private Set<String> apply(Set<String> touched) {
        List<PostRow> fresh = posts.published(touched);
        try {
            Change change = new Incremental(state.index(), state.lists(), state.weights(), state.k())
                    .apply(touched, fresh);
            lists.write(change.changed(), change.gone());
            change.gone().forEach(state.lists()::remove);
            change.changed().forEach(state.lists()::put);
            return change.changed().keySet();
        } catch (RuntimeException e) {
            state = null; // the index may be ahead of the stored lists: the next call reloads from H2
            throw e;
        }
    }

    private Map<String, List<Neighbour>> storedLists() {
        if (state == null) {
            return lists.readAll();
        }
        Map<String, List<Neighbour>> all = new HashMap<>();
        state.lists().owners().forEach(slug -> all.put(slug, state.lists().get(slug)));
        return all;
    }

    private static int checkedK(int k) {
        if (k < 0 || k > MAX_K) {
            throw new IllegalArgumentException("similar list size must be between 0 and " + MAX_K + ", was " + k);
        }
        return k;
    }
}
