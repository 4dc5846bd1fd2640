package dev.alphanode.similar;

import dev.alphanode.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code similar_state}, {@code similar_df} and {@code similar_snapshot_post} tables. */
final class SnapshotStore {
    /** Bump when tokenising or the formula changes: stored lists of another format are rebuilt. */
    static final int FORMAT = 1;
    private static final String TEXT = "text";

    private final Sql sql;

    SnapshotStore(Database db) {
        this.sql = new Sql(db);
    }

    /** The snapshot the stored lists were computed with, under these settings and list size. */
    record Stored(String settings, int listSize, Snapshot snapshot) {
    }

    Optional<Stored> read() {
        Optional<Stored> state = sql.query("read similar state",
                "SELECT settings, list_size, posts FROM similar_state WHERE id = 1 AND format = ?",
                ps -> ps.setInt(1, FORMAT), rs -> rs.next()
                        ? Optional.of(new Stored(rs.getString(1), rs.getInt(2),
                                new Snapshot(rs.getInt(3), Map.of(), Map.of())))
                        : Optional.<Stored>empty());
        return state.map(s -> new Stored(s.settings(), s.listSize(),
                new Snapshot(s.snapshot().posts(), documentFrequencies(), postHashes())));
    }

    /** Stores {@code snapshot}, writing only what differs from {@code previous} (the stored one, if known). */
    void write(Connection conn, Snapshot snapshot, Optional<Snapshot> previous, String settings, int listSize)
            throws SQLException {
        if (previous.isEmpty()) {
            try (Statement clear = conn.createStatement()) {
                clear.executeUpdate("DELETE FROM similar_df");
                clear.executeUpdate("DELETE FROM similar_snapshot_post");
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("MERGE INTO similar_state (id, format, settings, list_size,"
                + " posts) KEY (id) VALUES (1, ?, ?, ?, ?)")) {
            ps.setInt(1, FORMAT);
            ps.setString(2, settings);
            ps.setInt(3, listSize);
            ps.setInt(4, snapshot.posts());
            ps.executeUpdate();
        }
        Map<String, Integer> oldDf = previous.map(Snapshot::documentFrequency).orElse(Map.of());
        writeDifferences(conn, snapshot.documentFrequency(), oldDf, "DELETE FROM similar_df WHERE kind = ? AND term = ?",
                "MERGE INTO similar_df (kind, term, df) KEY (kind, term) VALUES (?, ?, ?)", (ps, key, df) -> {
                    int slash = key.indexOf('/');
                    ps.setString(1, slash < 0 ? TEXT : key.substring(0, slash));
                    ps.setString(2, key.substring(slash + 1));
                    if (df != null) {
                        ps.setInt(3, df);
                    }
                });
        Map<String, String> oldHashes = previous.map(Snapshot::postHashes).orElse(Map.of());
        writeDifferences(conn, snapshot.postHashes(), oldHashes, "DELETE FROM similar_snapshot_post WHERE slug = ?",
                "MERGE INTO similar_snapshot_post (slug, content_hash) KEY (slug) VALUES (?, ?)", (ps, slug, hash) -> {
                    ps.setString(1, slug);
                    if (hash != null) {
                        ps.setString(2, hash);
                    }
                });
    }

    @FunctionalInterface
    private interface RowBinder<V> {
        /** Binds the key columns, and the value unless it is null (a delete). */
        void bind(PreparedStatement ps, String key, V value) throws SQLException;
    }

    private static <V> void writeDifferences(Connection conn, Map<String, V> next, Map<String, V> old, String delete,
                                             String merge, RowBinder<V> binder) throws SQLException {
        try (PreparedStatement deletes = conn.prepareStatement(delete);
             PreparedStatement merges = conn.prepareStatement(merge)) {
            for (String key : old.keySet()) {
                if (!next.containsKey(key)) {
                    binder.bind(deletes, key, null);
                    deletes.addBatch();
                }
            }
            for (Map.Entry<String, V> row : next.entrySet()) {
                if (!row.getValue().equals(old.get(row.getKey()))) {
                    binder.bind(merges, row.getKey(), row.getValue());
                    merges.addBatch();
                }
            }
            deletes.executeBatch();
            merges.executeBatch();
        }
    }

    private Map<String, Integer> documentFrequencies() {
        return sql.query("read similar statistics", "SELECT kind, term, df FROM similar_df", ps -> { }, rs -> {
            Map<String, Integer> df = new HashMap<>();
            while (rs.next()) {
                String kind = rs.getString(1);
                df.put(TEXT.equals(kind) ? rs.getString(2) : Kinds.key(kind, rs.getString(2)), rs.getInt(3));
            }
            return df;
        });
    }

    private Map<String, String> postHashes() {
        return sql.query("read similar snapshot", "SELECT slug, content_hash FROM similar_snapshot_post", ps -> { },
                rs -> {
                    Map<String, String> hashes = new HashMap<>();
                    while (rs.next()) {
                        hashes.put(rs.getString(1), rs.getString(2));
                    }
                    return hashes;
                });
    }
}
