package dev.alphanode.similar;

import java.util.Arrays;

/**
 * Per-thread accumulators for one query: the integer text dot product and the shared keyword
 * count per kind of every post touched (reset lazily by a stamp instead of clearing arrays), a
 * score bound per touched post, and the query post's text weights spread out by term id.
 */
final class Scratch {
    int[] touched = new int[0];
    int count;
    long[] dot = new long[0];
    int[] shared = new int[0];
    double[] bound = new double[0];
    int[] dense = new int[0];
    final double[] factors = new double[Kinds.COUNT];
    private int[] stamp = new int[0];
    private int[] evaluated = new int[0];
    private int current;

    void begin(int capacity, int vocabulary) {
        if (stamp.length < capacity) {
            int size = Math.max(capacity, stamp.length * 2);
            touched = new int[size];
            dot = new long[size];
            shared = new int[size * Kinds.COUNT];
            bound = new double[size];
            stamp = new int[size];
            evaluated = new int[size];
            current = 0;
        }
        if (dense.length < vocabulary) {
            dense = new int[Math.max(vocabulary, dense.length * 2)];
        }
        if (++current == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            Arrays.fill(evaluated, 0);
            current = 1;
        }
        count = 0;
    }

    void addDot(int doc, long product) {
        touch(doc);
        dot[doc] += product;
    }

    void addShared(int doc, int kind) {
        touch(doc);
        shared[doc * Kinds.COUNT + kind]++;
    }

    /** Marks {@code doc} as scored in this query; false if it already was. */
    boolean evaluate(int doc) {
        if (evaluated[doc] == current) {
            return false;
        }
        evaluated[doc] = current;
        return true;
    }

    private void touch(int doc) {
        if (stamp[doc] != current) {
            stamp[doc] = current;
            dot[doc] = 0;
            int o = doc * Kinds.COUNT;
            shared[o] = 0;
            shared[o + 1] = 0;
            shared[o + 2] = 0;
            shared[o + 3] = 0;
            touched[count++] = doc;
        }
    }
}
