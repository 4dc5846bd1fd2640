package dev.alphanode.similar;

import dev.alphanode.store.Database;
import dev.alphanode.store.PostSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code similar_list} table: one row per list. Pages read a list with the current cards of its
 * entries; an entry whose post is gone or a draft is skipped, as is the list of a draft.
 */
final class ListStore {
    private final Sql sql;

    ListStore(Database db) {
        this.sql = new Sql(db);
    }

    record Shown(Neighbour neighbour, PostSummary card) {
    }

    /** The first {@code limit} entries still shown (published), with their cards. */
    List<Shown> shown(String slug, int limit) {
        Optional<String> entries = sql.query("read similar list of " + slug, "SELECT s.entries FROM similar_list s"
                        + " JOIN post me ON me.slug = s.slug AND me.draft = FALSE WHERE s.slug = ?",
                ps -> ps.setString(1, slug), rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty());
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Neighbour> list = ListCodec.decode(entries.get());
        Map<String, PostSummary> cards = cards(list.stream().map(Neighbour::slug).toList());
        List<Shown> shown = new ArrayList<>();
        for (Neighbour n : list) {
            if (cards.containsKey(n.slug()) && shown.size() < limit) {
                shown.add(new Shown(n, cards.get(n.slug())));
            }
        }
        return shown;
    }

    /** Every stored list, by slug, exactly as stored. */
    Map<String, List<Neighbour>> readAll() {
        return sql.query("read similar lists", "SELECT slug, entries FROM similar_list", ps -> { }, rs -> {
            Map<String, List<Neighbour>> lists = new HashMap<>();
            while (rs.next()) {
                lists.put(rs.getString(1), ListCodec.decode(rs.getString(2)));
            }
            return lists;
        });
    }

    /** Replaces the lists of {@code changed} (an empty list is deleted) and deletes those of {@code deleted}. */
    void write(Connection conn, Map<String, List<Neighbour>> changed, Collection<String> deleted) throws SQLException {
        try (PreparedStatement delete = conn.prepareStatement("DELETE FROM similar_list WHERE slug = ?");
             PreparedStatement merge = conn.prepareStatement("MERGE INTO similar_list (slug, entries) KEY (slug)"
                     + " VALUES (?, ?)")) {
            for (String slug : deleted) {
                delete.setString(1, slug);
                delete.addBatch();
            }
            for (Map.Entry<String, List<Neighbour>> list : changed.entrySet()) {
                if (list.getValue().isEmpty()) {
                    delete.setString(1, list.getKey());
                    delete.addBatch();
                } else {
                    merge.setString(1, list.getKey());
                    merge.setString(2, ListCodec.encode(list.getValue()));
                    merge.addBatch();
                }
            }
            delete.executeBatch();
            merge.executeBatch();
        }
    }

    /** Published posts by slug, as cards; drafts and unknown slugs are left out. */
    private Map<String, PostSummary> cards(List<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(slugs.size(), "?"));
        return sql.query("read similar cards", "SELECT slug, title, post_date, summary, reading_time FROM post"
                + " WHERE draft = FALSE AND slug IN (" + marks + ")", ps -> {
                    for (int i = 0; i < slugs.size(); i++) {
                        ps.setString(i + 1, slugs.get(i));
                    }
                }, ListStore::cards);
    }

    private static Map<String, PostSummary> cards(ResultSet rs) throws SQLException {
        Map<String, PostSummary> cards = new HashMap<>();
        while (rs.next()) {
            cards.put(rs.getString(1), new PostSummary(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                    Optional.ofNullable(rs.getString(4)), rs.getInt(5)));
        }
        return cards;
    }
}
