package dev.alphanode.similar;

import dev.alphanode.store.Database;
import dev.alphanode.store.PostSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code similar_post} table: stored lists, read for pages (joined with {@code post}) and for the engine. */
final class ListStore {
    private static final String FROM_LIST = " FROM similar_post s"
            + " JOIN post me ON me.slug = s.slug AND me.draft = FALSE"
            + " JOIN post p ON p.slug = s.similar_slug AND p.draft = FALSE"
            + " WHERE s.slug = ? ORDER BY s.list_rank LIMIT ?";

    private final Sql sql;

    ListStore(Database db) {
        this.sql = new Sql(db);
    }

    record Explained(Neighbour neighbour, String title) {
    }

    List<PostSummary> summaries(String slug, int limit) {
        return sql.query("read similar posts of " + slug,
                "SELECT p.slug, p.title, p.post_date, p.summary, p.reading_time" + FROM_LIST,
                ps -> bind(ps, slug, limit), rs -> {
                    List<PostSummary> posts = new ArrayList<>();
                    while (rs.next()) {
                        posts.add(new PostSummary(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                                Optional.ofNullable(rs.getString(4)), rs.getInt(5)));
                    }
                    return posts;
                });
    }

    List<Explained> explained(String slug, int limit) {
        return sql.query("explain similar posts of " + slug,
                "SELECT s.similar_slug, s.score, s.topic_part, s.stack_part, s.tools_part, s.tags_part, s.text_part,"
                        + " s.card_hash, p.title" + FROM_LIST,
                ps -> bind(ps, slug, limit), rs -> {
                    List<Explained> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new Explained(neighbour(rs), rs.getString(9)));
                    }
                    return rows;
                });
    }

    /** Every stored list, by slug, exactly as stored (no join). */
    Map<String, List<Neighbour>> readAll() {
        return sql.query("read similar lists",
                "SELECT slug, similar_slug, score, topic_part, stack_part, tools_part, tags_part, text_part, card_hash"
                        + " FROM similar_post ORDER BY slug, list_rank", ps -> { }, rs -> {
                    Map<String, List<Neighbour>> lists = new HashMap<>();
                    while (rs.next()) {
                        lists.computeIfAbsent(rs.getString(1), slug -> new ArrayList<>()).add(neighbour(rs, 2));
                    }
                    return lists;
                });
    }

    /** Replaces the lists of {@code changed} and deletes those of {@code deleted}, inside the caller's transaction. */
    void write(Connection conn, Map<String, List<Neighbour>> changed, Collection<String> deleted) throws SQLException {
        try (PreparedStatement delete = conn.prepareStatement("DELETE FROM similar_post WHERE slug = ?")) {
            for (String slug : deleted) {
                delete.setString(1, slug);
                delete.addBatch();
            }
            for (String slug : changed.keySet()) {
                delete.setString(1, slug);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO similar_post (slug, list_rank, similar_slug,"
                + " score, topic_part, stack_part, tools_part, tags_part, text_part, card_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, List<Neighbour>> list : changed.entrySet()) {
                for (int rank = 0; rank < list.getValue().size(); rank++) {
                    bindRow(insert, list.getKey(), rank, list.getValue().get(rank));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void bindRow(PreparedStatement ps, String slug, int rank, Neighbour n) throws SQLException {
        ps.setString(1, slug);
        ps.setInt(2, rank);
        ps.setString(3, n.slug());
        ps.setDouble(4, n.score());
        ps.setDouble(5, n.topic());
        ps.setDouble(6, n.stack());
        ps.setDouble(7, n.tools());
        ps.setDouble(8, n.tags());
        ps.setDouble(9, n.text());
        ps.setLong(10, n.cardHash());
    }

    private static void bind(PreparedStatement ps, String slug, int limit) throws SQLException {
        ps.setString(1, slug);
        ps.setInt(2, limit);
    }

    private static Neighbour neighbour(ResultSet rs) throws SQLException {
        return neighbour(rs, 1);
    }

    private static Neighbour neighbour(ResultSet rs, int from) throws SQLException {
        return new Neighbour(rs.getString(from), rs.getDouble(from + 1), rs.getDouble(from + 2),
                rs.getDouble(from + 3), rs.getDouble(from + 4), rs.getDouble(from + 5), rs.getDouble(from + 6),
                rs.getLong(from + 7));
    }
}
