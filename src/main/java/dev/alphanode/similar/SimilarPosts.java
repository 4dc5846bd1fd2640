package dev.alphanode.similar;

import dev.alphanode.content.Post;
import dev.alphanode.store.Database;
import dev.alphanode.store.PostSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The similar-posts engine: each published post's top-k list, precomputed and stored in H2, kept
 * current incrementally as posts change. See docs/similar.md for the formula and settings.
 * Writers are serialised; {@link #similarTo} only reads H2 and never waits for them.
 */
public final class SimilarPosts {
    private static final int MAX_K = 100;
    private static final int SHARED_TERMS = 12;

    private final Sql sql;
    private final PostRows posts;
    private final ListStore lists;
    private final SnapshotStore snapshots;
    private final Tuning tuning;
    private State state;

    private record State(Index index, Weights weights, int k, Lists lists, Set<String> drifted) {
    }

    public SimilarPosts(Database db) {
        this(db, Tuning.DEFAULTS);
    }

    SimilarPosts(Database db, Tuning tuning) {
        this.sql = new Sql(db);
        this.posts = new PostRows(db, new TextTerms());
        this.lists = new ListStore(db);
        this.snapshots = new SnapshotStore(db);
        this.tuning = tuning;
    }

    /**
     * Loads the index at start-up (after the first import): with the stored snapshot when it matches
     * the settings and has not drifted too far, else by a full rebuild. Returns the slugs whose stored
     * list changed (content edited while the site was down, or everything after a rebuild).
     */
    public synchronized Set<String> load(Map<String, Double> weights, int k) {
        return load(Weights.of(weights), checkedK(k));
    }

    /** Full rebuild over every stored post with a new statistics snapshot; returns every slug whose stored list changed. */
    public synchronized Set<String> rebuild(Map<String, Double> weights, int k) {
        return rebuild(posts.published(), Weights.of(weights), checkedK(k), storedLists());
    }

    /**
     * After {@code PostStore.apply} committed: {@code upserted} are the posts just written (drafts
     * included), {@code removedSlugs} the slugs no longer stored. Returns exactly the published posts
     * whose list changed (entries, scores, or a listed post's card), the upserted ones included.
     */
    public synchronized Set<String> update(List<Post> upserted, Collection<String> removedSlugs,
                                           Map<String, Double> weights, int k) {
        Set<String> touched = new TreeSet<>(removedSlugs);
        upserted.forEach(post -> touched.add(post.slug()));
        return apply(touched, Weights.of(weights), checkedK(k));
    }

    /** Like {@link #update}, but finds the changed posts itself by comparing content hashes with the store. */
    public synchronized Set<String> sync(Map<String, Double> weights, int k) {
        if (state == null) {
            return load(weights, k);
        }
        Map<String, String> hashes = posts.publishedHashes();
        Set<String> touched = new TreeSet<>();
        hashes.forEach((slug, hash) -> {
            int id = state.index().id(slug);
            if (id < 0 || !state.index().doc(id).contentHash().equals(hash)) {
                touched.add(slug);
            }
        });
        state.index().slugs().stream().filter(slug -> !hashes.containsKey(slug)).forEach(touched::add);
        return apply(touched, Weights.of(weights), checkedK(k));
    }

    /** The stored list, best first, at most {@code limit}. Empty for unknown slugs and drafts. */
    public List<PostSummary> similarTo(String slug, int limit) {
        return limit <= 0 ? List.of() : lists.summaries(slug, limit);
    }

    /** The stored list with each entry's score parts and shared terms, for editors tuning weights. */
    public synchronized List<Explanation> explain(String slug, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return lists.explained(slug, limit).stream().map(row -> explanation(slug, row)).toList();
    }

    private Explanation explanation(String slug, ListStore.Explained row) {
        Neighbour n = row.neighbour();
        List<String> shared = List.of();
        if (state != null && state.index().id(slug) >= 0 && state.index().id(n.slug()) >= 0) {
            shared = state.index().sharedTerms(state.index().id(slug), state.index().id(n.slug()), SHARED_TERMS);
        }
        return new Explanation(n.slug(), row.title(), n.score(), n.topic(), n.stack(), n.tools(), n.tags(), n.text(),
                shared);
    }

    private Set<String> load(Weights weights, int k) {
        Optional<SnapshotStore.Stored> stored = snapshots.read();
        List<PostRow> rows = posts.published();
        Map<String, List<Neighbour>> old = storedLists();
        if (stored.isEmpty() || !stored.get().settings().equals(settings(weights)) || stored.get().listSize() != k) {
            return rebuild(rows, weights, k, old);
        }
        Snapshot snapshot = stored.get().snapshot();
        Set<String> drifted = new HashSet<>();
        rows.forEach(row -> {
            if (snapshot.drifted(row.slug(), row.contentHash())) {
                drifted.add(row.slug());
            }
        });
        Set<String> published = new HashSet<>();
        rows.forEach(row -> published.add(row.slug()));
        snapshot.postHashes().keySet().stream().filter(slug -> !published.contains(slug)).forEach(drifted::add);
        if (drifted.size() > tuning.driftLimit(snapshot.posts())) {
            return rebuild(rows, weights, k, old);
        }
        return install(Index.of(snapshot, tuning, rows), weights, k, drifted, old, false);
    }

    private Set<String> rebuild(List<PostRow> rows, Weights weights, int k, Map<String, List<Neighbour>> old) {
        Index index = Index.of(Snapshot.of(rows), tuning, rows);
        return install(index, weights, k, new HashSet<>(), old, true);
    }

    private Set<String> install(Index index, Weights weights, int k, Set<String> drifted,
                                Map<String, List<Neighbour>> old, boolean newSnapshot) {
        Map<String, List<Neighbour>> next = new Ranker(index, weights, k).all();
        Map<String, List<Neighbour>> changed = new HashMap<>();
        for (String slug : index.slugs()) {
            List<Neighbour> list = next.getOrDefault(slug, List.of());
            if (!list.equals(old.getOrDefault(slug, List.of()))) {
                changed.put(slug, list);
            }
        }
        Set<String> gone = new HashSet<>(old.keySet());
        gone.removeIf(slug -> index.id(slug) >= 0);
        sql.inTransaction("store similar lists", conn -> {
            if (newSnapshot) {
                snapshots.write(conn, index.snapshot(), settings(weights), k);
            }
            lists.write(conn, changed, gone);
        });
        state = new State(index, weights, k, Lists.of(next), drifted);
        return Set.copyOf(changed.keySet());
    }

    private Set<String> apply(Set<String> touched, Weights weights, int k) {
        if (state == null) {
            return load(weights, k);
        }
        if (!weights.equals(state.weights()) || k != state.k()) {
            return rebuild(posts.published(), weights, k, storedLists());
        }
        if (touched.isEmpty()) {
            return Set.of();
        }
        List<PostRow> fresh = posts.published(touched);
        Snapshot snapshot = state.index().snapshot();
        Map<String, String> freshHashes = new HashMap<>();
        fresh.forEach(row -> freshHashes.put(row.slug(), row.contentHash()));
        for (String slug : touched) {
            if (snapshot.drifted(slug, freshHashes.get(slug))) {
                state.drifted().add(slug);
            } else {
                state.drifted().remove(slug);
            }
        }
        if (state.drifted().size() > tuning.driftLimit(snapshot.posts())) {
            return rebuild(posts.published(), weights, k, storedLists());
        }
        try {
            Change change = new Incremental(state.index(), state.lists(), new Ranker(state.index(), weights, k))
                    .apply(touched, fresh);
            sql.inTransaction("store similar lists", conn -> lists.write(conn, change.changed(), change.gone()));
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

    private String settings(Weights weights) {
        return weights.key() + "|" + tuning.key();
    }

    private static int checkedK(int k) {
        if (k < 0 || k > MAX_K) {
            throw new IllegalArgumentException("similar list size must be between 0 and " + MAX_K + ", was " + k);
        }
        return k;
    }
}
