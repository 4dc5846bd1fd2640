package dev.alphanode.similar;

/**
 * The corpus statistics as the formula sees them: the published post count rounded down to its four
 * highest bits, a document frequency rounded down to a power of two. Both are functions of the
 * current posts alone, so any edit history gives the weights a rebuild gives; and most edits move
 * no rounded value, while one that does moves the weights of the posts holding that term only.
 */
final class Idf {
    private static final int POST_BITS = 4;

    private Idf() {
    }

    static int posts(int posts) {
        int drop = Math.max(0, 32 - Integer.numberOfLeadingZeros(posts) - POST_BITS);
        return Math.max(1, posts >>> drop << drop);
    }

    static int df(int df) {
        return Integer.highestOneBit(Math.max(df, 1));
    }

    /** ln(1 + posts / df) over the rounded values; {@code roundedPosts} comes from {@link #posts}. */
    static double of(int roundedPosts, int df) {
        return StrictMath.log(1.0 + (double) roundedPosts / df(df));
    }
}
