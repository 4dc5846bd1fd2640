package dev.alphanode.similar;

/**
 * A published post inside the index: text term ids (ascending) with their quantised TF-IDF weights,
 * keyword ids (ascending) and the number of kept keywords per kind.
 */
record Doc(String slug, String contentHash, long cardHash, int epochDay, int[] terms, int[] termWeights,
           int[] keywords, int[] kindSizes) {
}
