package dev.alphanode.similar;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Counts the terms of one post keyed by the characters of a reused word buffer, so that a term
 * seen again costs a hash probe and no String. Stop words are remembered as ignored.
 */
final class TermTable {
    private static final int IGNORED = -1;

    private String[] keys = new String[512];
    private int[] counts = new int[512];
    private int size;

    void add(char[] word, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + word[i];
        }
        int mask = keys.length - 1;
        int slot = mix(hash) & mask;
        while (keys[slot] != null) {
            if (keys[slot].hashCode() == hash && same(keys[slot], word, length)) {
                if (counts[slot] != IGNORED) {
                    counts[slot]++;
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
        String term = new String(word, 0, length);
        keys[slot] = term;
        counts[slot] = StopWords.contains(term) ? IGNORED : 1;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    /** The counted terms (in no particular order) with their counts, each term passed through {@code share}. */
    TermCounts counts(UnaryOperator<String> share) {
        String[] terms = new String[size];
        int[] tf = new int[size];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null && counts[slot] != IGNORED) {
                terms[n] = share.apply(keys[slot]);
                tf[n++] = counts[slot];
            }
        }
        return new TermCounts(Arrays.copyOf(terms, n), Arrays.copyOf(tf, n));
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new String[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = mix(oldKeys[i].hashCode()) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static boolean same(String key, char[] word, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != word[i]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}
