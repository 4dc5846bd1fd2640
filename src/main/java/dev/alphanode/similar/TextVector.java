package dev.alphanode.similar;

import java.util.Arrays;

/**
 * A post's text as a unit TF-IDF vector, quantised to integers so that dot products are exact:
 * {@code w(t) = (1 + ln tf) * ln(1 + N / df)} over the terms the snapshot does not cut, divided by
 * the vector's length, stored as {@code round(w * SCALE)} (zeros dropped), by ascending term id.
 * The squares are summed smallest first, so the length (and so the vector) does not depend on the
 * order terms come in or on the ids an index gave them.
 */
record TextVector(int[] terms, int[] weights) {

    static TextVector of(TermCounts counts, Snapshot snapshot, int cutoff, Vocabulary vocabulary) {
        double[] raw = new double[counts.size()];
        double[] squares = new double[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            String term = counts.terms()[i];
            if (snapshot.df(term) <= cutoff) {
                raw[i] = (1 + StrictMath.log(counts.counts()[i])) * snapshot.idf(term);
                squares[i] = raw[i] * raw[i];
            }
        }
        Arrays.sort(squares);
        double sum = 0;
        for (double square : squares) {
            sum += square;
        }
        double length = Math.sqrt(sum);
        long[] packed = new long[counts.size()];
        int kept = 0;
        for (int i = 0; i < counts.size(); i++) {
            long weight = raw[i] == 0 ? 0 : Math.round(raw[i] / length * Formula.SCALE);
            if (weight > 0) {
                packed[kept++] = ((long) vocabulary.id(counts.terms()[i]) << 32) | weight;
            }
        }
        Arrays.sort(packed, 0, kept);
        int[] terms = new int[kept];
        int[] weights = new int[kept];
        for (int i = 0; i < kept; i++) {
            terms[i] = (int) (packed[i] >>> 32);
            weights[i] = (int) packed[i];
        }
        return new TextVector(terms, weights);
    }
}
