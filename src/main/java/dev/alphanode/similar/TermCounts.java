package dev.alphanode.similar;

import java.util.Arrays;

/** A post's text terms (in no particular order) and how often each occurs. */
record TermCounts(String[] terms, int[] counts) {

    int size() {
        return terms.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermCounts that && Arrays.equals(terms, that.terms)
                && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "TermCounts" + Arrays.toString(terms);
    }
}
