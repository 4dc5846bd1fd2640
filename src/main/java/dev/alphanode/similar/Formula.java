package dev.alphanode.similar;

/**
 * The score of a pair, from integers only, so that it is the same double however it was reached
 * (accumulated from posting lists or merged pair by pair) and the same in both directions:
 * <pre>
 *   part(kind) = weight(kind) * shared(kind) / sqrt(size_a(kind) * size_b(kind))
 *   text       = weight(text) * dot(q_a, q_b) / SCALE²
 *   score      = topic + stack + tools + tags + text
 * </pre>
 */
final class Formula {
    /** Text weights of a unit vector are stored as round(w * SCALE). */
    static final int SCALE = 1 << 14;
    private static final double SCALE_SQUARED = (double) SCALE * SCALE;

    private Formula() {
    }

    static double keywordPart(double weight, int shared, int sizeA, int sizeB) {
        return shared == 0 ? 0.0 : weight * (shared / Math.sqrt((double) ((long) sizeA * sizeB)));
    }

    static double textPart(double weight, long dot) {
        return dot == 0 ? 0.0 : weight * (dot / SCALE_SQUARED);
    }

    static double total(double topic, double stack, double tools, double tags, double text) {
        return topic + stack + tools + tags + text;
    }
}
