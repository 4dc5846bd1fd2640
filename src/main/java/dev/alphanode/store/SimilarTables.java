package dev.alphanode.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import dev.alphanode.content.PostDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the similar-posts engine reads and writes in H2: the posts it indexes (with their
 * {@code post_term} keywords), its {@code similar_list} rows (entries as the engine encodes them)
 * and the {@code similar_state} row.
 */
public final class SimilarTables {
    private static final String COLUMNS = "p.slug, p.content_hash, p.title, p.post_at, p.post_timed, p.summary, p.reading_time,"
            + " b.body_markdown, p.draft";
    private static final String FROM = " FROM post p JOIN post_body b ON b.slug = p.slug";

    private final Sql sql;

    public SimilarTables(Database db) {
        this.sql = new Sql(db);
    }

    /** A stored post as the engine indexes it; {@code summary} is null when the post has none. */
    public record IndexedPost(String slug, String contentHash, String title, PostDate date, String summary,
                              int readingTime, String body, boolean draft) {
    }

    /** One {@code post_term} row of a post: its kind ({@link Taxonomy#column}) and term slug. */
    public record Term(String kind, String termSlug) {
    }

    /**
     * The format, settings, list size and published post count the stored lists were computed with,
     * for operators.
     */
    public record State(int format, String settings, int listSize, int posts) {
    }

    /** Lists to delete, then lists to replace (slug → encoded entries), each written in iteration order. */
    public record ListWrites(List<String> deleted, Map<String, String> replaced) {
        public ListWrites {
            Objects.requireNonNull(deleted, "deleted");
            Objects.requireNonNull(replaced, "replaced");
        }
    }

    /**
     * Up to {@code limit} posts with a slug after {@code after}, in slug order, drafts included: with
     * {@code draft} in the WHERE clause H2 sorts the whole table per page.
     */
    public List<IndexedPost> postsAfter(String after, int limit) {
        return sql.query("read posts", "SELECT " + COLUMNS + FROM + " WHERE p.slug > ? ORDER BY p.slug LIMIT "
                + limit, ps -> ps.setString(1, after), SimilarTables::posts);
    }

    /** The published post with this slug; empty for drafts and unknown slugs. */
    public Optional<IndexedPost> publishedPost(String slug) {
        List<IndexedPost> posts = sql.query("read post " + slug,
                "SELECT " + COLUMNS + FROM + " WHERE p.slug = ? AND p.draft = FALSE",
                ps -> ps.setString(1, slug), SimilarTables::posts);
        return posts.stream().findFirst();
    }

    /** The terms of the posts with slugs from {@code first} to {@code last}, by slug. */
    public Map<String, List<Term>> terms(String first, String last) {
        return sql.query("read post terms", "SELECT slug, kind, term_slug FROM post_term WHERE slug BETWEEN ? AND ?",
                ps -> {
                    ps.setString(1, first);
                    ps.setString(2, last);
                }, rs -> {
                    Map<String, List<Term>> terms = new HashMap<>();
                    while (rs.next()) {
                        terms.computeIfAbsent(rs.getString(1), slug -> new ArrayList<>())
                                .add(new Term(rs.getString(2), rs.getString(3)));
                    }
                    return terms;
                });
    }

    /** Slug → content hash of every published post. */
    public Map<String, String> publishedHashes() {
        return sql.query("read post hashes", "SELECT slug, content_hash FROM post WHERE draft = FALSE", ps -> { }, rs -> {
            Map<String, String> hashes = new HashMap<>();
            while (rs.next()) {
                hashes.put(rs.getString(1), rs.getString(2));
            }
            return hashes;
        });
    }

    /** The encoded entries of the list of {@code slug}; empty when there is none or the post is a draft. */
    public Optional<String> publishedList(String slug) {
        return sql.query("read similar list of " + slug, "SELECT s.entries FROM similar_list s"
                        + " JOIN post me ON me.slug = s.slug AND me.draft = FALSE WHERE s.slug = ?",
                ps -> ps.setString(1, slug), rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty());
    }

    /** Every stored list by slug, its entries decoded as they are read (the encoded lists are never all held). */
    public <T> Map<String, T> lists(Function<String, T> decode) {
        return sql.query("read similar lists", "SELECT slug, entries FROM similar_list", ps -> { }, rs -> {
            Map<String, T> lists = new HashMap<>();
            while (rs.next()) {
                lists.put(rs.getString(1), decode.apply(rs.getString(2)));
            }
            return lists;
        });
    }

    /** Published posts by slug, as cards; drafts and unknown slugs are left out. */
    public Map<String, PostSummary> publishedCards(List<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(slugs.size(), "?"));
        return sql.query("read similar cards", "SELECT slug, title, post_at, post_timed, summary, reading_time FROM post"
                + " WHERE draft = FALSE AND slug IN (" + marks + ")", ps -> {
                    for (int i = 0; i < slugs.size(); i++) {
                        ps.setString(i + 1, slugs.get(i));
                    }
                }, rs -> {
                    Map<String, PostSummary> cards = new HashMap<>();
                    PostStore.summaries(rs).forEach(card -> cards.put(card.slug(), card));
                    return cards;
                });
    }

    /** Writes {@code lists} in one transaction. */
    public void storeLists(ListWrites lists) {
        sql.inTransaction("store similar lists", conn -> write(conn, lists));
    }

    /**
     * Writes {@code state}, then {@code lists}, in one transaction. Statistics are not stored: they are
     * taken from the posts at every load, so {@code similar_df} and {@code similar_snapshot_post} (a
     * frozen snapshot in format 1) are emptied.
     */
    public void storeLists(State state, ListWrites lists) {
        sql.inTransaction("store similar lists", conn -> {
            write(conn, state);
            write(conn, lists);
        });
    }

    private static void write(Connection conn, State state) throws SQLException {
        try (Statement clear = conn.createStatement()) {
            clear.executeUpdate("DELETE FROM similar_df");
            clear.executeUpdate("DELETE FROM similar_snapshot_post");
        }
        try (PreparedStatement ps = conn.prepareStatement("MERGE INTO similar_state (id, format, settings, list_size,"
                + " posts) KEY (id) VALUES (1, ?, ?, ?, ?)")) {
            ps.setInt(1, state.format());
            ps.setString(2, state.settings());
            ps.setInt(3, state.listSize());
            ps.setInt(4, state.posts());
            ps.executeUpdate();
        }
    }

    private static void write(Connection conn, ListWrites lists) throws SQLException {
        try (PreparedStatement delete = conn.prepareStatement("DELETE FROM similar_list WHERE slug = ?");
             PreparedStatement merge = conn.prepareStatement("MERGE INTO similar_list (slug, entries) KEY (slug)"
                     + " VALUES (?, ?)")) {
            for (String slug : lists.deleted()) {
                delete.setString(1, slug);
                delete.addBatch();
            }
            for (Map.Entry<String, String> list : lists.replaced().entrySet()) {
                merge.setString(1, list.getKey());
                merge.setString(2, list.getValue());
                merge.addBatch();
            }
            delete.executeBatch();
            merge.executeBatch();
        }
    }

    private static List<IndexedPost> posts(ResultSet rs) throws SQLException {
        List<IndexedPost> posts = new ArrayList<>();
        while (rs.next()) {
            posts.add(new IndexedPost(rs.getString(1), rs.getString(2), rs.getString(3), PostDates.read(rs, 4, 5),
                    rs.getString(6), rs.getInt(7), rs.getString(8), rs.getBoolean(9)));
        }
        return posts;
    }
}
