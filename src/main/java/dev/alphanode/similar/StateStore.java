package dev.alphanode.similar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The {@code similar_state} row: the format, settings, list size and published post count the stored
 * lists were computed with, for operators. Statistics are not stored: they are taken from the
 * posts at every load, so {@code similar_df} and {@code similar_snapshot_post} (a frozen snapshot in
 * format 1) are emptied.
 */
final class StateStore {
    /** Bump when tokenising or the formula changes. Format 2: statistics of the current posts, rounded. */
    static final int FORMAT = 2;

    void write(Connection conn, int posts, String settings, int listSize) throws SQLException {
        try (Statement clear = conn.createStatement()) {
            clear.executeUpdate("DELETE FROM similar_df");
            clear.executeUpdate("DELETE FROM similar_snapshot_post");
        }
        try (PreparedStatement ps = conn.prepareStatement("MERGE INTO similar_state (id, format, settings, list_size,"
                + " posts) KEY (id) VALUES (1, ?, ?, ?, ?)")) {
            ps.setInt(1, FORMAT);
            ps.setString(2, settings);
            ps.setInt(3, listSize);
            ps.setInt(4, posts);
            ps.executeUpdate();
        }
    }
}
