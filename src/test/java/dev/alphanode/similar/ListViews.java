package dev.alphanode.similar;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every list as pages show it, read in two queries: what {@link SimilarPosts#similarTo} and
 * {@link SimilarPosts#explain} return (each shown entry's card and score parts), keyed by the post
 * it belongs to; lists of drafts and entries that are drafts or gone are not shown.
 */
final class ListViews {

    private ListViews() {
    }

    static Map<String, List<String>> read(TestCorpus corpus) {
        Map<String, String> cards = rows(corpus, "SELECT slug, CONCAT_WS('|', title, post_at, post_timed, summary, reading_time)"
                + " FROM post WHERE draft = FALSE");
        Map<String, List<String>> views = new HashMap<>();
        rows(corpus, "SELECT slug, entries FROM similar_list").forEach((owner, entries) -> {
            if (cards.containsKey(owner)) {
                List<String> shown = new ArrayList<>();
                for (Neighbour n : ListCodec.decode(entries)) {
                    if (cards.containsKey(n.slug())) {
                        shown.add(n.slug() + "|" + cards.get(n.slug()) + "|" + n.score() + "|" + n.topic() + "|"
                                + n.stack() + "|" + n.tools() + "|" + n.tags() + "|" + n.text());
                    }
                }
                views.put(owner, shown);
            }
        });
        return views;
    }

    private static Map<String, String> rows(TestCorpus corpus, String sql) {
        try (Connection conn = corpus.db.connection(); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            Map<String, String> rows = new HashMap<>();
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
