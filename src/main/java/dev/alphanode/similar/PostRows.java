package dev.alphanode.similar;

import dev.alphanode.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads published posts from the {@code post} and {@code post_term} tables. Bodies are read a page
 * at a time and reduced to term counts at once (in parallel), so a 20,000-post site never holds
 * every body in memory.
 */
final class PostRows {
    private static final int PAGE = 500;
    private static final String COLUMNS = "p.slug, p.content_hash, p.title, p.post_date, p.summary, p.reading_time,"
            + " b.body_markdown, p.draft";
    private static final String FROM = " FROM post p JOIN post_body b ON b.slug = p.slug";

    private final Sql sql;
    private final TextTerms textTerms;

    PostRows(Database db, TextTerms textTerms) {
        this.sql = new Sql(db);
        this.textTerms = textTerms;
    }

    /** Every published post, in slug order. The next page is read while this one is tokenised. */
    List<PostRow> published() {
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "similar-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<PostRow> rows = new ArrayList<>();
            Page page = page("");
            while (!page.raws().isEmpty()) {
                String after = page.raws().get(page.raws().size() - 1).slug();
                Future<Page> next = reader.submit(() -> page(after));
                Map<String, List<String>> keywords = page.keywords();
                rows.addAll(page.raws().parallelStream().filter(raw -> !raw.draft()).map(raw -> row(raw, keywords))
                        .toList());
                page = next(next);
            }
            return rows;
        } finally {
            reader.shutdownNow();
        }
    }

    /** The published posts among {@code slugs}; drafts and unknown slugs are left out. */
    List<PostRow> published(Collection<String> slugs) {
        List<PostRow> rows = new ArrayList<>();
        for (String slug : slugs) {
            List<Raw> raw = sql.query("read post " + slug,
                    "SELECT " + COLUMNS + FROM + " WHERE p.slug = ? AND p.draft = FALSE",
                    ps -> ps.setString(1, slug), PostRows::raws);
            if (!raw.isEmpty()) {
                rows.add(row(raw.get(0), keywords(slug, slug)));
            }
        }
        return rows;
    }

    /** Slug → content hash of every published post. */
    Map<String, String> publishedHashes() {
        return sql.query("read post hashes", "SELECT slug, content_hash FROM post WHERE draft = FALSE", ps -> { }, rs -> {
            Map<String, String> hashes = new HashMap<>();
            while (rs.next()) {
                hashes.put(rs.getString(1), rs.getString(2));
            }
            return hashes;
        });
    }

    private record Raw(String slug, String contentHash, String title, java.time.LocalDate date, String summary,
                       int readingTime, String body, boolean draft) {
    }

    private record Page(List<Raw> raws, Map<String, List<String>> keywords) {
    }

    /** Drafts are filtered later, not in SQL: with {@code draft} in the WHERE clause H2 sorts the whole table per page. */
    private Page page(String after) {
        List<Raw> raws = sql.query("read posts", "SELECT " + COLUMNS + FROM + " WHERE p.slug > ? ORDER BY p.slug LIMIT "
                + PAGE, ps -> ps.setString(1, after), PostRows::raws);
        return new Page(raws, raws.isEmpty() ? Map.of() : keywords(raws.get(0).slug(), raws.get(raws.size() - 1).slug()));
    }

    private static Page next(Future<Page> next) {
        try {
            return next.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading posts", e);
        }
    }

    private Map<String, List<String>> keywords(String first, String last) {
        return sql.query("read post terms", "SELECT slug, kind, term_slug FROM post_term WHERE slug BETWEEN ? AND ?",
                ps -> {
                    ps.setString(1, first);
                    ps.setString(2, last);
                }, rs -> {
                    Map<String, List<String>> keywords = new HashMap<>();
                    while (rs.next()) {
                        keywords.computeIfAbsent(rs.getString(1), slug -> new ArrayList<>())
                                .add(Kinds.key(rs.getString(2), rs.getString(3)));
                    }
                    return keywords;
                });
    }

    private PostRow row(Raw raw, Map<String, List<String>> keywords) {
        String summary = raw.summary() == null ? "" : raw.summary();
        return new PostRow(raw.slug(), raw.contentHash(),
                CardHash.of(raw.title(), raw.date(), raw.summary(), raw.readingTime()),
                (int) raw.date().toEpochDay(), keywords.getOrDefault(raw.slug(), List.of()),
                textTerms.of(raw.title(), summary, raw.body()));
    }

    private static List<Raw> raws(ResultSet rs) throws SQLException {
        List<Raw> raws = new ArrayList<>();
        while (rs.next()) {
            raws.add(new Raw(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                    rs.getString(5), rs.getInt(6), rs.getString(7), rs.getBoolean(8)));
        }
        return raws;
    }
}
