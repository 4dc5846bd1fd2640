package dev.alphanode.similar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One incremental step. A pair's score depends on the two posts and the rounded statistics
 * ({@link Idf}), which are those of the current posts. After some posts change, the index weights
 * again the posts whose weights the statistics moved; with the changed posts they are the "moved"
 * posts, and only scores with a moved post differ. So a list can only change if it is the list of a
 * moved post, if it held a moved post, or if a moved post now scores into it: those lists are
 * recomputed in full and kept when they differ from the stored ones. When a fifth of the posts or
 * more moved, every list is recomputed instead (in parallel, and cheaper than one query per post).
 */
final class Incremental {
    private static final int ALL_SHARE = 5;

    private final Index index;
    private final Lists lists;
    private final Weights weights;
    private final int k;

    Incremental(Index index, Lists lists, Weights weights, int k) {
        this.index = index;
        this.lists = lists;
        this.weights = weights;
        this.k = k;
    }

    /** Applies {@code fresh} (the published posts among {@code touched}) to the index; returns the lists to write. */
    Change apply(Set<String> touched, List<PostRow> fresh) {
        Set<String> reweighted = index.apply(touched, fresh);
        Set<String> moved = new HashSet<>(reweighted);
        fresh.forEach(row -> moved.add(row.slug()));
        Ranker ranker = new Ranker(index, weights, k);
        Map<String, List<Neighbour>> changed = new HashMap<>();
        if (moved.size() * ALL_SHARE >= index.size()) {
            Map<String, List<Neighbour>> all = ranker.all();
            index.slugs().forEach(slug -> keepIfChanged(slug, all.getOrDefault(slug, List.of()), changed));
        } else {
            Set<String> candidates = new HashSet<>(moved);
            touched.forEach(slug -> candidates.addAll(lists.holdersOf(slug)));
            reweighted.forEach(slug -> candidates.addAll(lists.holdersOf(slug)));
            Scratch scratch = new Scratch();
            moved.forEach(slug -> candidates.addAll(ranker.entered(index.id(slug), lists, scratch)));
            for (String slug : candidates) {
                int id = index.id(slug);
                if (id >= 0) {
                    keepIfChanged(slug, ranker.list(id, scratch), changed);
                }
            }
        }
        Set<String> gone = new HashSet<>();
        touched.stream().filter(slug -> index.id(slug) < 0).forEach(gone::add);
        return new Change(changed, gone);
    }

    private void keepIfChanged(String slug, List<Neighbour> list, Map<String, List<Neighbour>> changed) {
        if (!list.equals(lists.get(slug))) {
            changed.put(slug, list);
        }
    }
}
