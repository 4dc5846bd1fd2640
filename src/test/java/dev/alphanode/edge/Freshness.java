package dev.alphanode.edge;

import dev.alphanode.TestSite;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * How long after an edit each instance, and Varnish in front of them, first served the new page:
 * the edge's own share is the time past the later instance.
 */
record Freshness(Duration originA, Duration originB, Duration edge) {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    /** The later instance: the edge cannot be fresh for every reader before both are. */
    Duration origin() {
        return originA.compareTo(originB) > 0 ? originA : originB;
    }

    /** Polls both instances and Varnish until each served {@code marker} at {@code path}. */
    static Freshness watch(long editedNanos, String path, String marker, TestSite a, TestSite b, Varnish varnish)
            throws Exception {
        Duration atA = null;
        Duration atB = null;
        Duration atEdge = null;
        while (atA == null || atB == null || atEdge == null) {
            Duration now = Duration.ofNanos(System.nanoTime() - editedNanos);
            if (now.compareTo(LIMIT) > 0) {
                throw new AssertionError("within " + LIMIT.toSeconds() + " s of the edit, " + path + " was not fresh at"
                        + (atA == null ? " instance A" : "") + (atB == null ? " instance B" : "")
                        + (atEdge == null ? " Varnish" : ""));
            }
            if (atA == null && a.get(path).body().contains(marker)) {
                atA = now;
            }
            if (atB == null && b.get(path).body().contains(marker)) {
                atB = now;
            }
            if (atEdge == null && varnish.get(path).body().contains(marker)) {
                atEdge = now;
            }
            Thread.sleep(5);
        }
        return new Freshness(atA, atB, atEdge);
    }

    /**
     * Whether the machine is quiet enough (1-minute load below its cores) for the whole edit-to-fresh
     * time to be held to a second; on a busy one the sync itself takes longer, and only the edge's share is.
     */
    static boolean quietMachine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os.getSystemLoadAverage() >= 0 && os.getSystemLoadAverage() < os.getAvailableProcessors();
    }
}
