package dev.alphanode.similar;

import dev.alphanode.store.SimilarTables;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes every list at once from the stored posts and their statistics. Only lists that differ
 * from the stored ones are written; those are the ones returned.
 */
final class FullBuild {
    /** Bump when tokenising or the formula changes. Format 2: statistics of the current posts, rounded. */
    static final int FORMAT = 2;
    private static final Logger log = LoggerFactory.getLogger(FullBuild.class);

    private final PostRows posts;
    private final ListStore lists;
    private final Tuning tuning;

    FullBuild(PostRows posts, ListStore lists, Tuning tuning) {
        this.posts = posts;
        this.lists = lists;
        this.tuning = tuning;
    }

    record Result(EngineState state, Set<String> changed) {
    }

    /** Every list against the lists stored in H2 (at start-up). */
    Result load(Weights weights, int k) {
        return build(weights, k, lists.readAll(), "loaded");
    }

    /** Every list against {@code old}, the stored lists. */
    Result rebuild(Weights weights, int k, Map<String, List<Neighbour>> old) {
        return build(weights, k, old, "rebuilt");
    }

    /** Post rows are read and dropped in {@link Index#of}, before ranking, so they never share the heap with the lists. */
    private Result build(Weights weights, int k, Map<String, List<Neighbour>> old, String what) {
        long start = System.nanoTime();
        Index index = Index.of(tuning, posts.published());
        long read = System.nanoTime();
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
        lists.write(new SimilarTables.State(FORMAT, settings(weights), k, index.size()), changed, gone);
        long done = System.nanoTime();
        log.info("similar: {} {} posts, {} lists changed in {} ms (read + index {} ms, rank {} ms, write {} ms)",
                what, index.size(), changed.size(), millis(start, done), millis(start, read), millis(read, ranked),
                millis(ranked, done));
        return new Result(new EngineState(index, weights, k, Lists.of(next)), Set.copyOf(changed.keySet()));
    }

    String settings(Weights weights) {
        return weights.key() + "|" + tuning.key();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
