package dev.alphanode.similar;

/**
 * A published post inside the index. What it holds: every text term id (ascending) with its count,
 * every keyword id (ascending); what it is weighted with under the current statistics: the text
 * term ids with a weight (ascending) and their quantised TF-IDF weights, the squared length of that
 * integer vector, the kept keyword ids (ascending) and the number of kept keywords per kind.
 */
record Doc(String slug, String contentHash, long cardHash, int epochDay, int[] heldTerms, int[] heldCounts,
           int[] heldKeywords, int[] terms, int[] termWeights, long normSquared, int[] keywords, int[] kindSizes) {

    /** The same post, not yet weighted. */
    static Doc held(PostRow row, int[] terms, int[] counts, int[] keywords) {
        return new Doc(row.slug(), row.contentHash(), row.cardHash(), row.epochDay(), terms, counts, keywords,
                new int[0], new int[0], 0, new int[0], new int[Kinds.COUNT]);
    }
}
