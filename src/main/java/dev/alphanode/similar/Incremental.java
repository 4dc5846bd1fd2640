package dev.alphanode.similar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One incremental step. Scores depend only on the pair and the frozen snapshot, so after some posts
 * change, a list can only change if it is the list of a changed post, if it held a changed post, or
 * if a changed post now scores into it; every other list keeps all its entries and their scores.
 * Those candidate lists are recomputed in full and kept when they differ from the stored ones.
 */
final class Incremental {
    private final Index index;
    private final Lists lists;
    private final Ranker ranker;

    Incremental(Index index, Lists lists, Ranker ranker) {
        this.index = index;
        this.lists = lists;
        this.ranker = ranker;
    }

    /** Applies {@code fresh} (the published posts among {@code touched}) to the index; returns the lists to write. */
    Change apply(Set<String> touched, List<PostRow> fresh) {
        touched.forEach(index::remove);
        fresh.forEach(index::add);
        Set<String> candidates = new HashSet<>();
        touched.forEach(slug -> candidates.addAll(lists.holdersOf(slug)));
        Scratch scratch = new Scratch();
        for (PostRow row : fresh) {
            candidates.add(row.slug());
            candidates.addAll(ranker.entered(index.id(row.slug()), lists, scratch));
        }
        Map<String, List<Neighbour>> changed = new HashMap<>();
        for (String slug : candidates) {
            int id = index.id(slug);
            if (id >= 0) {
                List<Neighbour> list = ranker.list(id, scratch);
                if (!list.equals(lists.get(slug))) {
                    changed.put(slug, list);
                }
            }
        }
        Set<String> gone = new HashSet<>();
        touched.stream().filter(slug -> index.id(slug) < 0).forEach(gone::add);
        return new Change(changed, gone);
    }
}
