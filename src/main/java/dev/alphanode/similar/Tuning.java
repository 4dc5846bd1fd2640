package dev.alphanode.similar;

import java.util.Locale;

/**
 * Engine settings that are not in site.yml: a text term or keyword held by more than
 * {@code max(minCutPosts, maxShare * posts)} published posts is cut ({@code posts} as {@link Idf}
 * rounds it).
 */
record Tuning(double maxShare, int minCutPosts) {

    static final Tuning DEFAULTS = new Tuning(0.2, 10);

    Tuning {
        if (!(maxShare > 0 && maxShare <= 1) || minCutPosts < 1) {
            throw new IllegalArgumentException("invalid similar tuning " + this);
        }
    }

    int cutoff(int posts) {
        return Math.max(minCutPosts, (int) Math.floor(maxShare * posts));
    }

    String key() {
        return String.format(Locale.ROOT, "maxShare=%s;minCutPosts=%d", maxShare, minCutPosts);
    }
}
