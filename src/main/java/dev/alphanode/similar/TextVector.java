package dev.alphanode.similar;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * A post's text as a unit TF-IDF vector, quantised to integers so that dot products are exact:
 * {@code w(t) = (1 + ln tf) * idf(t)} over the terms that are not cut (idf 0), divided by the
 * vector's length, stored as {@code round(w * SCALE)} (zeros dropped), by ascending term id.
 * The squares are summed smallest first, so the length (and so the vector) does not depend on the
 * order terms come in or on the ids an index gave them.
 */
record TextVector(int[] terms, int[] weights) {

    /** {@code terms} ascending with their counts {@code tf}. */
    static TextVector of(int[] terms, int[] tf, IntToDoubleFunction idf) {
        double[] raw = new double[terms.length];
        double[] squares = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            double weight = idf.applyAsDouble(terms[i]);
            if (weight > 0) {
                raw[i] = (1 + StrictMath.log(tf[i])) * weight;
                squares[i] = raw[i] * raw[i];
            }
        }
        Arrays.sort(squares);
        double sum = 0;
        for (double square : squares) {
            sum += square;
        }
        double length = Math.sqrt(sum);
        int[] kept = new int[terms.length];
        int[] weights = new int[terms.length];
        int n = 0;
        for (int i = 0; i < terms.length; i++) {
            long weight = raw[i] == 0 ? 0 : Math.round(raw[i] / length * Formula.SCALE);
            if (weight > 0) {
                kept[n] = terms[i];
                weights[n++] = (int) weight;
            }
        }
        return new TextVector(Arrays.copyOf(kept, n), Arrays.copyOf(weights, n));
    }
}
