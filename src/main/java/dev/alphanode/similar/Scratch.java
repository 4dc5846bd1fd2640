package dev.alphanode.similar;

import java.util.Arrays;

/**
 * Per-thread accumulators for one query: the integer text dot product and the shared keyword
 * count per kind of every post touched, reset lazily by a stamp instead of clearing arrays.
 */
final class Scratch {
    int[] touched = new int[0];
    int count;
    long[] dot = new long[0];
    int[] shared = new int[0];
    private int[] stamp = new int[0];
    private int current;

    void begin(int capacity) {
        if (stamp.length < capacity) {
            int size = Math.max(capacity, stamp.length * 2);
            touched = new int[size];
            dot = new long[size];
            shared = new int[size * Kinds.COUNT];
            stamp = new int[size];
            current = 0;
        }
        if (++current == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
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

    private void touch(int doc) {
        if (stamp[doc] != current) {
            stamp[doc] = current;
            dot[doc] = 0;
            Arrays.fill(shared, doc * Kinds.COUNT, doc * Kinds.COUNT + Kinds.COUNT, 0);
            touched[count++] = doc;
        }
    }
}
