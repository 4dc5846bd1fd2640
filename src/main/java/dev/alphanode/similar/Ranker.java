package dev.alphanode.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** Top-k lists from the index: one post's, every post's (in parallel), and the lists a changed post enters. */
final class Ranker {
    private static final int CHUNK = 256;
    /** Bounds are compared with this much slack, so rounding can never prune a post that belongs on a list. */
    private static final double MARGIN = 1 + 1e-9;

    private final Index index;
    private final Weights weights;
    private final int k;

    Ranker(Index index, Weights weights, int k) {
        this.index = index;
        this.weights = weights;
        this.k = k;
    }

    /**
     * The list of post {@code a}: the best k posts with a score above zero, never {@code a} itself.
     * Only posts sharing a keyword are candidates at first, best keyword bound first; a candidate is
     * scored exactly unless its keyword bound plus the largest possible text part cannot reach the
     * current k-th score. Posts that share only text are looked at only when they could still enter.
     */
    List<Neighbour> list(int a, Scratch scratch) {
        index.accumulateKeywords(a, weights, scratch);
        index.spreadText(a, scratch);
        double textBound = index.textBound(a, weights);
        Ranking ranking = new Ranking(index, k);
        seed(a, scratch, ranking);
        for (int i = 0; i < scratch.count; i++) {
            int b = scratch.touched[i];
            if (b != a && !(ranking.full() && (scratch.bound[b] + textBound) * MARGIN < ranking.lastScore())
                    && scratch.evaluate(b)) {
                offer(ranking, b, index.exact(a, b, weights, scratch));
            }
        }
        index.clearText(a, scratch);
        if (!ranking.full() || textBound * MARGIN >= ranking.lastScore()) {
            return unpruned(a, scratch);
        }
        return neighbours(a, ranking, scratch);
    }

    /** The same list without bounds: every post sharing a keyword or a text term is scored. */
    List<Neighbour> unpruned(int a, Scratch scratch) {
        index.accumulate(a, weights, scratch);
        Ranking ranking = new Ranking(index, k);
        for (int i = 0; i < scratch.count; i++) {
            int b = scratch.touched[i];
            if (b != a) {
                offer(ranking, b, index.total(a, b, weights, scratch));
            }
        }
        return neighbours(a, ranking, scratch);
    }

    /** Scores the k candidates with the best keyword bounds first, so the k-th score prunes early. */
    private void seed(int a, Scratch scratch, Ranking ranking) {
        int[] best = new int[k];
        int size = 0;
        index.boundFactors(a, weights, scratch.factors);
        for (int i = 0; i < scratch.count; i++) {
            int b = scratch.touched[i];
            double bound = index.keywordBound(b, scratch.factors, scratch);
            scratch.bound[b] = bound;
            if (b == a || k == 0 || (size == k && bound <= scratch.bound[best[k - 1]])) {
                continue;
            }
            int at = Math.min(size, k - 1);
            while (at > 0 && bound > scratch.bound[best[at - 1]]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = b;
            size = Math.min(size + 1, k);
        }
        for (int i = 0; i < size; i++) {
            scratch.evaluate(best[i]);
            offer(ranking, best[i], index.exact(a, best[i], weights, scratch));
        }
    }

    private static void offer(Ranking ranking, int b, double score) {
        if (score > 0) {
            ranking.offer(b, score);
        }
    }

    private List<Neighbour> neighbours(int a, Ranking ranking, Scratch scratch) {
        List<Neighbour> list = new ArrayList<>(ranking.size());
        for (int i = 0; i < ranking.size(); i++) {
            list.add(index.neighbour(a, ranking.id(i), weights, scratch));
        }
        return list;
    }

    /** Every non-empty list, by slug. */
    Map<String, List<Neighbour>> all() {
        int chunks = (index.capacity() + CHUNK - 1) / CHUNK;
        List<Map<String, List<Neighbour>>> parts = IntStream.range(0, chunks).parallel()
                .mapToObj(this::chunk).toList();
        Map<String, List<Neighbour>> all = new HashMap<>();
        parts.forEach(all::putAll);
        return all;
    }

    /**
     * The posts other than {@code p} whose current list {@code p} now enters: p scores above zero
     * with them and ranks before their last entry (or their list is short). Scores are symmetric,
     * so one query for p finds them all.
     */
    Set<String> entered(int p, Lists lists, Scratch scratch) {
        index.accumulate(p, weights, scratch);
        Set<String> entered = new HashSet<>();
        for (int i = 0; i < scratch.count; i++) {
            int q = scratch.touched[i];
            if (q == p) {
                continue;
            }
            double score = index.total(p, q, weights, scratch);
            if (score > 0 && beatsLast(p, score, lists.get(index.doc(q).slug()))) {
                entered.add(index.doc(q).slug());
            }
        }
        return entered;
    }

    private boolean beatsLast(int p, double score, List<Neighbour> list) {
        if (list.size() < k) {
            return true;
        }
        Neighbour last = list.get(list.size() - 1);
        int lastId = index.id(last.slug());
        return lastId < 0 || index.before(p, score, lastId, last.score());
    }

    private Map<String, List<Neighbour>> chunk(int chunk) {
        Scratch scratch = new Scratch();
        Map<String, List<Neighbour>> lists = new HashMap<>();
        for (int id = chunk * CHUNK; id < Math.min(index.capacity(), (chunk + 1) * CHUNK); id++) {
            if (index.doc(id) != null) {
                List<Neighbour> list = list(id, scratch);
                if (!list.isEmpty()) {
                    lists.put(index.doc(id).slug(), list);
                }
            }
        }
        return lists;
    }
}
