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
                        ? Optional.of(new Stored(rs.getString(1), rs.getInt(2), new Snapshot(rs.getInt(3), Map.of(), Map.of())))
                        : Optional.<Stored>empty());
        return state.map(s -> new Stored(s.settings(), s.listSize(),
                new Snapshot(s.snapshot().posts(), documentFrequencies(), postHashes())));
    }

    void write(Connection conn, Snapshot snapshot, String settings, int listSize) throws SQLException {
        try (Statement clear = conn.createStatement()) {
            clear.executeUpdate("DELETE FROM similar_state");
            clear.executeUpdate("DELETE FROM similar_df");
            clear.executeUpdate("DELETE FROM similar_snapshot_post");
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO similar_state (id, format, settings, list_size, posts) VALUES (1, ?, ?, ?, ?)")) {
            ps.setInt(1, FORMAT);
            ps.setString(2, settings);
            ps.setInt(3, listSize);
            ps.setInt(4, snapshot.posts());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO similar_df (kind, term, df) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Integer> df : snapshot.documentFrequency().entrySet()) {
                int slash = df.getKey().indexOf('/');
                ps.setString(1, slash < 0 ? TEXT : df.getKey().substring(0, slash));
                ps.setString(2, df.getKey().substring(slash + 1));
                ps.setInt(3, df.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO similar_snapshot_post (slug, content_hash) VALUES (?, ?)")) {
            for (Map.Entry<String, String> post : snapshot.postHashes().entrySet()) {
                ps.setString(1, post.getKey());
                ps.setString(2, post.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
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
