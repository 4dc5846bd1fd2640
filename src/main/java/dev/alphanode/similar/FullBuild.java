package dev.alphanode.similar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes every list at once: a rebuild takes a new statistics snapshot, a load reuses the stored
 * one (unless the settings differ or the posts drifted too far). Only lists that differ from the
 * stored ones are written; those are the ones returned.
 */
final class FullBuild {
    private static final Logger log = LoggerFactory.getLogger(FullBuild.class);

    private final Sql sql;
    private final PostRows posts;
    private final ListStore lists;
    private final SnapshotStore snapshots;
    private final Tuning tuning;

    FullBuild(Sql sql, PostRows posts, ListStore lists, SnapshotStore snapshots, Tuning tuning) {
        this.sql = sql;
        this.posts = posts;
        this.lists = lists;
        this.snapshots = snapshots;
        this.tuning = tuning;
    }

    record Result(EngineState state, Set<String> changed) {
    }

    /**
     * The index to rank with; {@code previous} is the snapshot it replaces when {@code newSnapshot}
     * (only the differences are written when it is known).
     */
    private record Prepared(Index index, boolean newSnapshot, Optional<Snapshot> previous, Set<String> drifted,
                            long started) {
    }

    Result load(Weights weights, int k) {
        Map<String, List<Neighbour>> old = lists.readAll();
        return build(prepareLoad(weights, k), weights, k, old);
    }

    /** {@code previous} is the stored snapshot if known, {@code old} the stored lists. */
    Result rebuild(Weights weights, int k, Map<String, List<Neighbour>> old, Optional<Snapshot> previous) {
        long start = System.nanoTime();
        Optional<Snapshot> replaced = previous.or(() -> snapshots.read().map(SnapshotStore.Stored::snapshot));
        return build(fresh(posts.published(), replaced, start), weights, k, old);
    }

    /** Post rows are read and dropped here, before ranking, so they never share the heap with the lists. */
    private Prepared prepareLoad(Weights weights, int k) {
        long start = System.nanoTime();
        Optional<SnapshotStore.Stored> stored = snapshots.read();
        List<PostRow> rows = posts.published();
        Optional<Snapshot> previous = stored.map(SnapshotStore.Stored::snapshot);
        if (stored.isEmpty() || !stored.get().settings().equals(settings(weights)) || stored.get().listSize() != k) {
            return fresh(rows, previous, start);
        }
        Snapshot snapshot = stored.get().snapshot();
        Set<String> drifted = drifted(snapshot, rows);
        if (drifted.size() > tuning.driftLimit(snapshot.posts())) {
            return fresh(rows, previous, start);
        }
        return new Prepared(Index.of(snapshot, tuning, rows), false, previous, drifted, start);
    }

    private Prepared fresh(List<PostRow> rows, Optional<Snapshot> previous, long start) {
        return new Prepared(Index.of(Snapshot.of(rows), tuning, rows), true, previous, new HashSet<>(), start);
    }

    private Result build(Prepared prepared, Weights weights, int k, Map<String, List<Neighbour>> old) {
        long read = System.nanoTime();
        Index index = prepared.index();
        Map<String, List<Neighbour>> next = new Ranker(index, weights, k).all();
        long ranked = System.nanoTime();
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
            if (prepared.newSnapshot()) {
                snapshots.write(conn, index.snapshot(), prepared.previous(), settings(weights), k);
            }
            lists.write(conn, changed, gone);
        });
        long done = System.nanoTime();
        log.info("similar: {} {} posts, {} lists changed in {} ms (read + index {} ms, rank {} ms, write {} ms)",
                prepared.newSnapshot() ? "rebuilt" : "loaded", index.size(), changed.size(),
                millis(prepared.started(), done), millis(prepared.started(), read), millis(read, ranked),
                millis(ranked, done));
        return new Result(new EngineState(index, weights, k, Lists.of(next), prepared.drifted()),
                Set.copyOf(changed.keySet()));
    }

    String settings(Weights weights) {
        return weights.key() + "|" + tuning.key();
    }

    private static Set<String> drifted(Snapshot snapshot, List<PostRow> rows) {
        Set<String> drifted = new HashSet<>();
        Set<String> published = new HashSet<>();
        for (PostRow row : rows) {
            published.add(row.slug());
            if (snapshot.drifted(row.slug(), row.contentHash())) {
                drifted.add(row.slug());
            }
        }
        snapshot.postHashes().keySet().stream().filter(slug -> !published.contains(slug)).forEach(drifted::add);
        return drifted;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
