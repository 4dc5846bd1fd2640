package dev.alphanode.pages;

import java.util.function.Supplier;

/** What building one page cost: database calls and time, render time. Owned by one request. */
public final class PageStats {
    private int dbCalls;
    private long dbNanos;
    private long renderNanos;

    <T> T db(Supplier<T> query) {
        long start = System.nanoTime();
        try {
            return query.get();
        } finally {
            dbCalls++;
            dbNanos += System.nanoTime() - start;
        }
    }

    void rendered(long nanosIncludingDb, long dbNanosDuring) {
        renderNanos += nanosIncludingDb - dbNanosDuring;
    }

    public int dbCalls() {
        return dbCalls;
    }

    public long dbNanos() {
        return dbNanos;
    }

    public long renderNanos() {
        return renderNanos;
    }
}
