package dev.alphanode.similar;

import java.util.Locale;

/**
 * Engine settings that are not in site.yml. A text term or keyword held by more than
 * {@code max(minCutPosts, maxShare * posts)} published posts is cut; the statistics snapshot is
 * retaken (a full rebuild) once more than {@code max(minDrift, driftShare * posts)} posts were
 * added, edited or removed since it was taken.
 */
record Tuning(double maxShare, int minCutPosts, double driftShare, int minDrift) {

    static final Tuning DEFAULTS = new Tuning(0.2, 10, 0.05, 10);

    Tuning {
        if (!(maxShare > 0 && maxShare <= 1) || !(driftShare >= 0) || minCutPosts < 1 || minDrift < 0) {
            throw new IllegalArgumentException("invalid similar tuning " + this);
        }
    }

    int cutoff(int posts) {
        return Math.max(minCutPosts, (int) Math.floor(maxShare * posts));
    }

    int driftLimit(int posts) {
        return Math.max(minDrift, (int) Math.floor(driftShare * posts));
    }

    String key() {
        return String.format(Locale.ROOT, "maxShare=%s;minCutPosts=%d;driftShare=%s;minDrift=%d",
                maxShare, minCutPosts, driftShare, minDrift);
    }
}
