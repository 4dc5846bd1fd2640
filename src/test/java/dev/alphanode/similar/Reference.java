package dev.alphanode.similar;

import dev.alphanode.store.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A full recompute that shares no ranking code with the engine: a fresh index from the posts in
 * H2 (and so with their statistics), every pair scored by merging vectors, the best k taken in list
 * order (score, newer, slug).
 */
final class Reference {

    private Reference() {
    }

    static Map<String, List<Neighbour>> lists(Database db, Tuning tuning, Weights weights, int k) {
        Index index = Index.of(tuning, new PostRows(new dev.alphanode.store.SimilarTables(db), new TextTerms()).published());
        int n = index.capacity();
        double[][] scores = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                scores[a][b] = index.pair(a, b, weights).score();
                scores[b][a] = scores[a][b];
            }
        }
        Map<String, List<Neighbour>> lists = new HashMap<>();
        for (int a = 0; a < n; a++) {
            List<Neighbour> list = best(index, a, scores[a], k, weights);
            if (!list.isEmpty()) {
                lists.put(index.doc(a).slug(), list);
            }
        }
        return lists;
    }

    private static List<Neighbour> best(Index index, int a, double[] scores, int k, Weights weights) {
        List<Neighbour> list = new ArrayList<>();
        boolean[] taken = new boolean[scores.length];
        while (list.size() < k) {
            int best = -1;
            for (int b = 0; b < scores.length; b++) {
                if (b != a && !taken[b] && scores[b] > 0 && (best < 0 || ranksBefore(index, b, best, scores))) {
                    best = b;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            list.add(index.pair(a, best, weights));
        }
        return list;
    }

    private static boolean ranksBefore(Index index, int x, int y, double[] scores) {
        if (scores[x] != scores[y]) {
            return scores[x] > scores[y];
        }
        Doc dx = index.doc(x);
        Doc dy = index.doc(y);
        if (dx.epochDay() != dy.epochDay()) {
            return dx.epochDay() > dy.epochDay();
        }
        return dx.slug().compareTo(dy.slug()) < 0;
    }
}
