package dev.alphanode.sync;

import dev.alphanode.store.PostStore;
import java.time.Instant;
import java.util.Optional;

/**
 * What must outlive the process so that no purge is lost, kept in H2's {@code site_state} as two
 * records (each "time: why"): {@code unfinished_sync}, a sync that began writing and has not
 * finished, so its purge and its similar lists may be missing; and {@code purge_owed}, a finished
 * sync whose purge has not reached Redis (the cache was off, or Redis had yet to take it).
 */
final class PurgeRecords {
    static final String UNFINISHED_SYNC = "unfinished_sync";
    static final String PURGE_OWED = "purge_owed";
    /** The one record earlier releases kept for both facts: read as an unfinished sync, the safer of the two. */
    static final String LEGACY_PENDING_PURGE = "pending_purge";

    private final PostStore store;
    private Optional<String> unfinished = Optional.empty();
    private boolean legacyRecorded;
    private Optional<String> owed = Optional.empty();
    private Optional<String> interrupted = Optional.empty();
    private Optional<String> owedAtStart = Optional.empty();

    PurgeRecords(PostStore store) {
        this.store = store;
    }

    /** Reads what an earlier run left (at start-up, until a sync finished). */
    void read() {
        Optional<String> legacy = store.siteState(LEGACY_PENDING_PURGE);
        legacyRecorded = legacy.isPresent();
        unfinished = store.siteState(UNFINISHED_SYNC).or(() -> legacy);
        owed = store.siteState(PURGE_OWED);
        interrupted = unfinished;
        owedAtStart = owed;
    }

    /** The unfinished sync an earlier run left: its lists are rebuilt and every page purged. */
    Optional<String> interrupted() {
        return interrupted;
    }

    /** The purge an earlier run owed Redis: every page purged, nothing rebuilt. */
    Optional<String> owed() {
        return owedAtStart;
    }

    /** Before a sync writes a change: a stop before {@link #syncFinished} leaves this record. */
    void syncBegins(String why) {
        if (unfinished.isEmpty()) {
            String record = Instant.now() + ": " + why;
            store.siteState(UNFINISHED_SYNC, record);
            unfinished = Optional.of(record);
        }
    }

    /**
     * After a sync's purge was carried out (or queued for Redis): the sync is finished; unless
     * the purge reached Redis it is owed from now on, recorded before the unfinished record goes
     * so that a stop in between still leaves one. A purge that reached Redis pays what was owed.
     */
    void syncFinished(boolean purgeReachedRedis) {
        interrupted = Optional.empty();
        owedAtStart = Optional.empty();
        if (unfinished.isPresent() && !purgeReachedRedis && owed.isEmpty()) {
            store.siteState(PURGE_OWED, unfinished.get());
            owed = unfinished;
        }
        if (unfinished.isPresent()) {
            store.clearSiteState(UNFINISHED_SYNC);
            unfinished = Optional.empty();
        }
        if (legacyRecorded) {
            store.clearSiteState(LEGACY_PENDING_PURGE);
            legacyRecorded = false;
        }
        if (owed.isPresent() && purgeReachedRedis) {
            store.clearSiteState(PURGE_OWED);
            owed = Optional.empty();
        }
    }
}
