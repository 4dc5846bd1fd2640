package dev.alphanode.similar;

/**
 * The best {@code k} candidates of one post in list order: score descending, then the newer post,
 * then slug ascending, so every list is reproducible.
 */
final class Ranking {
    private final Index index;
    private final int[] ids;
    private final double[] scores;
    private int size;

    Ranking(Index index, int k) {
        this.index = index;
        this.ids = new int[k];
        this.scores = new double[k];
    }

    int size() {
        return size;
    }

    boolean full() {
        return size == ids.length;
    }

    /** The score of the last entry; only meaningful when {@link #full}. */
    double lastScore() {
        return scores[size - 1];
    }

    int id(int i) {
        return ids[i];
    }

    void offer(int id, double score) {
        if (ids.length == 0 || (size == ids.length && !index.before(id, score, ids[size - 1], scores[size - 1]))) {
            return;
        }
        int at = Math.min(size, ids.length - 1);
        while (at > 0 && index.before(id, score, ids[at - 1], scores[at - 1])) {
            ids[at] = ids[at - 1];
            scores[at] = scores[at - 1];
            at--;
        }
        ids[at] = id;
        scores[at] = score;
        size = Math.min(size + 1, ids.length);
    }
}
