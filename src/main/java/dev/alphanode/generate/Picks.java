package dev.alphanode.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random choices that depend only on the random's state, never on hashing or iteration order. */
final class Picks {

    private Picks() {
    }

    static <T> T one(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static int between(SplittableRandom random, int min, int max) {
        return random.nextInt(min, max + 1);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** {@code k} distinct items, kept in their original order. */
    static <T> List<T> subset(SplittableRandom random, List<T> items, int k) {
        var chosen = new boolean[items.size()];
        int left = Math.min(k, items.size());
        while (left > 0) {
            int i = random.nextInt(items.size());
            if (!chosen[i]) {
                chosen[i] = true;
                left--;
            }
        }
        var out = new ArrayList<T>(k);
        for (int i = 0; i < items.size(); i++) {
            if (chosen[i]) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    /** Mixes two longs into a well-spread seed, so neighbouring inputs give unrelated streams. */
    static long mix(long a, long b) {
        return finish(finish(a) + (b + 1) * 0x9E3779B97F4A7C15L);
    }

    private static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
