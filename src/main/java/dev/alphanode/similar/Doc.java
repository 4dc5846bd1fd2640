package dev.alphanode.similar;

/**
 * A published post inside the index: text term ids (ascending) with their quantised TF-IDF weights
 * and the squared length of that integer vector, keyword ids (ascending), the number of kept
 * keywords per kind.
 */
record Doc(String slug, String contentHash, long cardHash, int epochDay, int[] terms, int[] termWeights,
           long normSquared, int[] keywords, int[] kindSizes) {
}
