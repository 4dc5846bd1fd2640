package dev.alphanode.generate;

import java.util.SplittableRandom;

/** The before/after numbers a post's metrics table shows, and the bar chart of them draws. */
record Metrics(int p95Before, int p95After, int errorsBefore, int errorsAfter, int callsBefore, int callsAfter) {

    static Metrics random(SplittableRandom random) {
        int before = Picks.between(random, 300, 1500);
        int errorsBefore = Picks.between(random, 10, 50);
        int callsBefore = Picks.between(random, 8, 30);
        return new Metrics(before, before * Picks.between(random, 20, 80) / 100, errorsBefore,
                Picks.between(random, 0, errorsBefore / 2), callsBefore, Picks.between(random, 1, callsBefore / 2));
    }

    String table() {
        return "| metric | before | after |\n| --- | ---: | ---: |\n"
                + "| p95 response time (ms) | " + p95Before + " | " + p95After + " |\n"
                + "| error rate (per mille) | " + errorsBefore + " | " + errorsAfter + " |\n"
                + "| db calls per request | " + callsBefore + " | " + callsAfter + " |\n";
    }
}
