package dev.alphanode.similar;

import dev.alphanode.store.Database;
import dev.alphanode.store.PostSummary;
import dev.alphanode.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * First similar-posts ranking: the weighted count of taxonomy terms a published post shares
 * with the given one (topic, stack, tools, tags weights from site.yml), newest first on ties,
 * then by slug, so the list is reproducible. Both directions in time; never the post itself.
 */
public final class TaxonomyOverlap {
    private static final String SQL = """
            SELECT p.slug, p.title, p.post_date, p.summary, p.reading_time,
                   SUM(CASE t.kind WHEN 'topic' THEN CAST(? AS DOUBLE PRECISION) WHEN 'stack' THEN CAST(? AS DOUBLE PRECISION)
                           WHEN 'tool' THEN CAST(? AS DOUBLE PRECISION) ELSE CAST(? AS DOUBLE PRECISION) END) AS score
            FROM post_term me
            JOIN post_term t ON t.kind = me.kind AND t.term_slug = me.term_slug AND t.slug <> me.slug
            JOIN post p ON p.slug = t.slug AND p.draft = FALSE
            WHERE me.slug = ?
            GROUP BY p.slug, p.title, p.post_date, p.summary, p.reading_time
            ORDER BY score DESC, p.post_date DESC, p.slug
            LIMIT ?""";

    private final Database db;

    public TaxonomyOverlap(Database db) {
        this.db = db;
    }

    public List<PostSummary> similarTo(String slug, Map<String, Double> weights, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        try (Connection conn = db.connection(); PreparedStatement ps = conn.prepareStatement(SQL)) {
            ps.setDouble(1, weights.getOrDefault("topic", 0.0));
            ps.setDouble(2, weights.getOrDefault("stack", 0.0));
            ps.setDouble(3, weights.getOrDefault("tools", 0.0));
            ps.setDouble(4, weights.getOrDefault("tags", 0.0));
            ps.setString(5, slug);
            ps.setInt(6, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<PostSummary> similar = new ArrayList<>();
                while (rs.next()) {
                    similar.add(new PostSummary(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            Optional.ofNullable(rs.getString(4)), rs.getInt(5)));
                }
                return similar;
            }
        } catch (SQLException e) {
            throw new StoreException("rank similar posts for " + slug, e);
        }
    }
}
