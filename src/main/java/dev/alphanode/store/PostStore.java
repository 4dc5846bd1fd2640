package dev.alphanode.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphanode.content.OldPaths;
import dev.alphanode.content.Post;
import dev.alphanode.content.RedirectStub;
import dev.alphanode.content.PostDate;
import dev.alphanode.content.Slugs;
import dev.alphanode.content.TemplateTags;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Posts and their taxonomy terms in H2: the site's index of valid content. */
public final class PostStore {
    private static final int BATCH = 2000;
    private static final String POST_COLUMNS = "p.slug, p.source_path, p.content_hash, p.title, p.post_at, p.post_timed, p.post_updated, p.draft,"
            + " p.topic, p.summary, p.reading_time, b.body_markdown, b.meta_json FROM post p JOIN post_body b ON b.slug = p.slug";
    /** {@code post_term} kinds beside the taxonomies: a post's own file-name key, and the keys its body references. */
    private static final String SOURCE_KIND = "source";
    private static final String LINK_KIND = "link";
    private static final String SUMMARY_COLUMNS = "p.slug, p.title, p.post_at, p.post_timed, p.summary, p.reading_time";
    private static final TypeReference<LinkedHashMap<String, Object>> META_TYPE = new TypeReference<>() { };

    private final Sql sql;
    /** Guards {@link #writes} and {@link #sitemapRows}. */
    private final Object sitemapLock = new Object();
    /** Writes so far: a snapshot read across a write is not kept. */
    private long writes;
    /** The sitemap snapshot of the current state, or null when it is to be read again. */
    private SitemapRows sitemapRows;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

    public PostStore(Database db) {
        this.sql = new Sql(db);
    }

    /** Source path → content hash of every stored post and redirect stub. */
    public Map<String, String> sourceHashes() {
        return sql.query("read content hashes", "SELECT source_path, content_hash FROM post"
                + " UNION ALL SELECT source_path, content_hash FROM redirect_stub", ps -> { }, rs -> {
            Map<String, String> hashes = new HashMap<>();
            while (rs.next()) {
                hashes.put(rs.getString(1), rs.getString(2));
            }
            return hashes;
        });
    }

    /** Source path → content hash of the stored posts and redirect stubs at these paths or below them (folders). */
    public Map<String, String> sourceHashes(Collection<String> paths) {
        Map<String, String> hashes = new HashMap<>();
        for (String path : paths) {
            sql.query("read content hashes under " + path,
                    // UNION rather than OR: each half is an index lookup, an OR scanned every post.
                    "SELECT source_path, content_hash FROM post WHERE source_path = ?"
                            + " UNION ALL SELECT source_path, content_hash FROM post WHERE source_path LIKE ? ESCAPE '\\'"
                            + " UNION ALL SELECT source_path, content_hash FROM redirect_stub WHERE source_path = ?"
                            + " UNION ALL SELECT source_path, content_hash FROM redirect_stub WHERE source_path LIKE ? ESCAPE '\\'",
                    ps -> {
                        String under = path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%";
                        ps.setString(1, path);
                        ps.setString(2, under);
                        ps.setString(3, path);
                        ps.setString(4, under);
                    }, rs -> {
                        while (rs.next()) {
                            hashes.put(rs.getString(1), rs.getString(2));
                        }
                        return hashes;
                    });
        }
        return hashes;
    }

    /** The source path of the stored post with this slug. */
    public Optional<String> slugOwner(String slug) {
        return sql.query("find the owner of " + slug, "SELECT source_path FROM post WHERE slug = ?",
                ps -> ps.setString(1, slug), rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty());
    }

    /** The source path of the published (not draft) post with this slug. */
    public Optional<String> publishedSource(String slug) {
        return sql.query("find the source of " + slug, "SELECT source_path FROM post WHERE slug = ? AND draft = FALSE",
                ps -> ps.setString(1, slug), rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty());
    }

    /** Slug → source path of every stored post. */
    public Map<String, String> slugOwners() {
        return sql.query("read slugs", "SELECT slug, source_path FROM post", ps -> { }, rs -> {
            Map<String, String> owners = new HashMap<>();
            while (rs.next()) {
                owners.put(rs.getString(1), rs.getString(2));
            }
            return owners;
        });
    }

    /**
     * Replaces the stored versions of {@code posts} (matched by source path) and removes the posts
     * of {@code removedSources}. Each batch is one transaction, so a post is either whole or absent.
     */
    public void apply(List<Post> posts, Collection<String> removedSources) {
        List<String> removed = new ArrayList<>(removedSources);
        // Counted before and after: a snapshot read while the batches commit is never kept.
        wrote();
        try {
            for (int from = 0; from < Math.max(posts.size(), 1); from += BATCH) {
                List<Post> batch = posts.subList(Math.min(from, posts.size()), Math.min(from + BATCH, posts.size()));
                List<String> remove = from == 0 ? removed : List.of();
                sql.inTransaction("store " + batch.size() + " posts", conn -> writeBatch(conn, batch, remove));
            }
        } finally {
            wrote();
        }
    }

    /**
     * Like {@link #apply}, but a post the database cannot hold (a value too long, a constraint it
     * breaks) is left out, its stored version kept, and returned with the reason: one bad file never
     * costs the rest of the import. Other failures (database down, locks) are thrown as before.
     */
    public Map<String, String> applyRefusing(List<Post> posts, Collection<String> removedSources) {
        try {
            apply(posts, removedSources);
            return Map.of();
        } catch (StoreException e) {
            if (!StoreException.isRefusedValue(e)) {
                throw e;
            }
        }
        if (!removedSources.isEmpty()) {
            apply(List.of(), removedSources);
        }
        Map<String, String> refused = new TreeMap<>();
        for (Post post : posts) {
            try {
                apply(List.of(post), List.of());
            } catch (StoreException e) {
                if (!StoreException.isRefusedValue(e)) {
                    throw e;
                }
                refused.put(post.sourcePath(), e.getCause().getMessage().lines().findFirst().orElse("refused"));
            }
        }
        return refused;
    }

    /**
     * Why the database cannot be trusted as derived from content/, or empty when it is whole: every
     * post has its body, and every table the start-up sync reads answers (a lock left by a process
     * that died mid-transaction shows here as a lock timeout). Counts only, so it costs a restart
     * little; a crash is handled before this, by rebuilding (see {@code Database.lastStop}).
     */
    public Optional<String> damage() {
        try {
            int posts = countAll();
            int bodies = sql.query("count post bodies", "SELECT COUNT(*) FROM post_body", ps -> { },
                    PostStore::singleInt);
            if (posts != bodies) {
                return Optional.of(posts + " posts but " + bodies + " post bodies");
            }
            for (String table : List.of("similar_list", "similar_state", "similar_df", "similar_snapshot_post",
                    "site_state")) {
                sql.query("read " + table, "SELECT COUNT(*) FROM " + table, ps -> { }, PostStore::singleInt);
            }
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Forgets a remembered fact about the site. */
    public void clearSiteState(String name) {
        sql.inTransaction("clear site state " + name, conn -> {
            try (PreparedStatement delete = conn.prepareStatement("DELETE FROM site_state WHERE state_name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
        });
    }

    /**
     * Refreshes H2's column statistics (which plan a query gets) of the tables listings, redirects and
     * the similar lists query; the bodies' table is only read by its key and is left out. The pool turns
     * H2's automatic re-analysis off (see {@link Database}), so this runs after an import that changed
     * many posts. ANALYZE reads H2's default sample of 10,000 rows per table.
     */
    public void analyze() {
        sql.inTransaction("refresh the query statistics", conn -> {
            try (var statement = conn.createStatement()) {
                for (String table : List.of("post", "post_term", "redirect", "redirect_stub")) {
                    statement.execute("ANALYZE TABLE " + table);
                }
            }
        });
    }

    public int countPublished() {
        return sql.query("count posts", "SELECT COUNT(*) FROM post WHERE draft = FALSE", ps -> { }, PostStore::singleInt);
    }

    public int countAll() {
        return sql.query("count posts", "SELECT COUNT(*) FROM post", ps -> { }, PostStore::singleInt);
    }

    /**
     * Published posts, newest first (ties by slug). Listing queries order by the whole index prefix,
     * equality columns included: only then does H2 walk the index and stop at the LIMIT instead of
     * sorting the whole listing.
     */
    public List<PostSummary> newest(int offset, int limit) {
        return sql.query("list newest posts",
                "SELECT " + SUMMARY_COLUMNS + " FROM post p WHERE p.draft = FALSE"
                        + " ORDER BY p.draft, p.post_at DESC, p.slug LIMIT ? OFFSET ?",
                ps -> {
                    ps.setInt(1, limit);
                    ps.setInt(2, offset);
                }, PostStore::summaries);
    }

    /** Drafts, newest first. */
    public List<PostSummary> drafts() {
        return sql.query("list drafts", "SELECT " + SUMMARY_COLUMNS + " FROM post p WHERE p.draft = TRUE"
                + " ORDER BY p.post_at DESC, p.slug", ps -> { }, PostStore::summaries);
    }

    /** The stored post with this slug, drafts included. */
    public Optional<Post> findBySlug(String slug) {
        return sql.query("find post " + slug,
                "SELECT " + POST_COLUMNS + " WHERE p.slug = ?",
                ps -> ps.setString(1, slug), rs -> rs.next() ? Optional.of(post(rs)) : Optional.<Post>empty());
    }

    public int countByTerm(Taxonomy taxonomy, String termSlug) {
        return sql.query("count " + taxonomy.column() + " " + termSlug,
                "SELECT COUNT(*) FROM post_term WHERE kind = ? AND term_slug = ? AND draft = FALSE",
                ps -> {
                    ps.setString(1, taxonomy.column());
                    ps.setString(2, termSlug);
                }, PostStore::singleInt);
    }

    public List<PostSummary> byTerm(Taxonomy taxonomy, String termSlug, int offset, int limit) {
        return sql.query("list " + taxonomy.column() + " " + termSlug,
                "SELECT " + SUMMARY_COLUMNS + " FROM post p JOIN (SELECT slug FROM post_term"
                        + " WHERE kind = ? AND term_slug = ? AND draft = FALSE"
                        + " ORDER BY kind, term_slug, draft, post_at DESC, slug LIMIT ? OFFSET ?) t ON p.slug = t.slug"
                        + " ORDER BY p.post_at DESC, p.slug",
                ps -> {
                    ps.setString(1, taxonomy.column());
                    ps.setString(2, termSlug);
                    ps.setInt(3, limit);
                    ps.setInt(4, offset);
                }, PostStore::summaries);
    }

    /**
     * The display name of a term: as its newest published post spells it (posts may spell one term
     * "Redis" and "redis"); one index step, the first entry of the listing.
     */
    public Optional<String> termName(Taxonomy taxonomy, String termSlug) {
        return sql.query("name of " + taxonomy.column() + " " + termSlug,
                "SELECT term_name FROM post_term WHERE kind = ? AND term_slug = ? AND draft = FALSE"
                        + " ORDER BY kind, term_slug, draft, post_at DESC, slug LIMIT 1",
                ps -> {
                    ps.setString(1, taxonomy.column());
                    ps.setString(2, termSlug);
                }, rs -> rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty());
    }

    /** The newest {@code limit} published posts of a listing, whole (bodies included), newest first: a feed. */
    public List<Post> newestPosts(Listing listing, int limit) {
        String where = listing.taxonomy().isEmpty() ? "SELECT p.slug FROM post p WHERE p.draft = FALSE"
                + " ORDER BY p.draft, p.post_at DESC, p.slug LIMIT ?"
                : "SELECT slug FROM post_term WHERE kind = ? AND term_slug = ? AND draft = FALSE"
                + " ORDER BY kind, term_slug, draft, post_at DESC, slug LIMIT ?";
        return sql.query("list newest posts of " + listing,
                "SELECT " + POST_COLUMNS + " JOIN (" + where + ") t ON t.slug = p.slug ORDER BY p.post_at DESC, p.slug",
                ps -> {
                    int at = 1;
                    if (listing.taxonomy().isPresent()) {
                        ps.setString(at++, listing.taxonomy().get().column());
                        ps.setString(at++, listing.termSlug());
                    }
                    ps.setInt(at, limit);
                }, rs -> {
                    List<Post> posts = new ArrayList<>();
                    while (rs.next()) {
                        posts.add(post(rs));
                    }
                    return posts;
                });
    }

    /** A published post's slug, date and its {@code lastmod} (the updated date, or else the date) as written, for the sitemap. */
    public record Dated(String slug, java.time.LocalDate date, java.time.LocalDate lastmod) {
    }

    /** Every published post, newest first. */
    public List<Dated> publishedDates() {
        return publishedRows().stream().map(SitemapRows.Row::dated).toList();
    }

    private List<SitemapRows.Row> publishedRows() {
        return sql.query("list published post dates",
                "SELECT p.slug, p.post_at, p.post_timed, p.post_updated FROM post p WHERE p.draft = FALSE"
                        + " ORDER BY p.draft, p.post_at DESC, p.slug",
                ps -> { }, rs -> {
                    List<SitemapRows.Row> posts = new ArrayList<>();
                    while (rs.next()) {
                        PostDate at = PostDates.read(rs, "post_at", "post_timed");
                        java.time.LocalDate date = at.date();
                        posts.add(new SitemapRows.Row(at.instant(), new Dated(rs.getString(1), date,
                                PostDates.readUpdated(rs, "post_updated").map(PostDate::date).orElse(date))));
                    }
                    return posts;
                });
    }

    /**
     * What the sitemap lists: the snapshot kept since the last write, or read whole now (and kept,
     * unless a write came meanwhile). A traced sync moves it with {@link #keepSitemapRows}.
     */
    public SitemapRows sitemapRows() {
        long version;
        synchronized (sitemapLock) {
            if (sitemapRows != null) {
                return sitemapRows;
            }
            version = writes;
        }
        SitemapRows read = SitemapRows.of(publishedRows(), termListings());
        synchronized (sitemapLock) {
            if (writes == version) {
                sitemapRows = read;
            }
        }
        return read;
    }

    /** The kept sitemap snapshot, if one is kept (taken before a traced write, to be moved after it). */
    public Optional<SitemapRows> knownSitemapRows() {
        synchronized (sitemapLock) {
            return Optional.ofNullable(sitemapRows);
        }
    }

    /** The number of writes so far: read after a write, it names the state a moved snapshot describes. */
    public long writeCount() {
        synchronized (sitemapLock) {
            return writes;
        }
    }

    /** Keeps {@code rows} as the sitemap snapshot after write {@code afterWrite}, unless another write came since. */
    public void keepSitemapRows(SitemapRows rows, long afterWrite) {
        synchronized (sitemapLock) {
            if (writes == afterWrite) {
                sitemapRows = rows;
            }
        }
    }

    /** Every write drops the sitemap snapshot; it is read again, or moved by the sync that wrote. */
    private void wrote() {
        synchronized (sitemapLock) {
            writes++;
            sitemapRows = null;
        }
    }

    /** A taxonomy listing's size and newest post date, for the sitemap. */
    public record ListingSize(Listing listing, int posts, java.time.LocalDate newest) {
    }

    /** Every listed taxonomy term with published posts, in listing order. */
    public List<ListingSize> termListings() {
        return sql.query("list taxonomy listings",
                "SELECT kind, term_slug, COUNT(*), MAX(post_at) FROM post_term WHERE draft = FALSE"
                        + " GROUP BY kind, term_slug ORDER BY kind, term_slug",
                ps -> { }, rs -> {
                    Map<String, Taxonomy> kinds = new HashMap<>();
                    for (Taxonomy taxonomy : Taxonomy.values()) {
                        kinds.put(taxonomy.column(), taxonomy);
                    }
                    List<ListingSize> listings = new ArrayList<>();
                    while (rs.next()) {
                        Taxonomy taxonomy = kinds.get(rs.getString(1));
                        if (taxonomy != null && taxonomy.listed()) {
                            listings.add(new ListingSize(new Listing(Optional.of(taxonomy), rs.getString(2)), rs.getInt(3),
                                    rs.getObject(4, java.time.OffsetDateTime.class).toLocalDate()));
                        }
                    }
                    listings.sort(java.util.Comparator.comparing(ListingSize::listing));
                    return listings;
                });
    }

    /**
     * The size and newest date of each of these taxonomy listings that is listed and has published
     * posts, in listing order: one index range per listing, for a sync that changed a few posts.
     */
    public List<ListingSize> listingSizes(java.util.Set<Listing> listings) {
        List<ListingSize> sizes = new ArrayList<>();
        for (Listing listing : listings) {
            if (listing.taxonomy().filter(Taxonomy::listed).isEmpty()) {
                continue;
            }
            sql.query("size the listing " + listing, "SELECT COUNT(*), MAX(post_at) FROM post_term"
                    + " WHERE kind = ? AND term_slug = ? AND draft = FALSE", ps -> {
                        ps.setString(1, listing.taxonomy().get().column());
                        ps.setString(2, listing.termSlug());
                    }, rs -> {
                        if (rs.next() && rs.getInt(1) > 0) {
                            sizes.add(new ListingSize(listing, rs.getInt(1),
                                    rs.getObject(2, java.time.OffsetDateTime.class).toLocalDate()));
                        }
                        return null;
                    });
        }
        sizes.sort(java.util.Comparator.comparing(ListingSize::listing));
        return sizes;
    }

    /** Every published post, whole, in slug order, read 500 at a time as it is iterated (a search rebuild). */
    public Iterable<Post> published() {
        return () -> new java.util.Iterator<>() {
            private List<Post> page = List.of();
            private int at;
            private String after = "";
            private boolean done;

            @Override
            public boolean hasNext() {
                if (at < page.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                while (!done && at >= page.size()) {
                    List<Post> read = postsAfter(after, 500);
                    done = read.size() < 500;
                    if (!read.isEmpty()) {
                        after = read.get(read.size() - 1).slug();
                    }
                    page = read.stream().filter(post -> !post.draft()).toList();
                    at = 0;
                }
                return at < page.size();
            }

            @Override
            public Post next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.get(at++);
            }
        };
    }

    /**
     * Posts after {@code after} in slug order, drafts included: a walk of the primary key that stops at
     * the limit (with {@code draft = FALSE} in the query H2 walks the newest-posts index and sorts
     * every page instead, about 1 s a page at 20,000 posts).
     */
    private List<Post> postsAfter(String after, int limit) {
        return sql.query("list posts after '" + after + "'",
                "SELECT " + POST_COLUMNS + " WHERE p.slug > ? ORDER BY p.slug LIMIT " + limit,
                ps -> ps.setString(1, after), rs -> {
                    List<Post> posts = new ArrayList<>();
                    while (rs.next()) {
                        posts.add(post(rs));
                    }
                    return posts;
                });
    }

    /** The taxonomies with listings, as an SQL list of their {@code post_term.kind} values. */
    private static final String LISTED_KINDS = java.util.Arrays.stream(Taxonomy.values()).filter(Taxonomy::listed)
            .map(taxonomy -> "'" + taxonomy.column() + "'").collect(java.util.stream.Collectors.joining(", "));

    /** How many URLs the sitemap lists: every published post, and every page of the home and term listings. */
    public int sitemapUrlCount(int perPage) {
        int posts = countPublished();
        int termPages = sql.query("count listing pages",
                "SELECT COALESCE(SUM((cnt + ? - 1) / ?), 0) FROM (SELECT COUNT(*) cnt FROM post_term WHERE draft = FALSE"
                        + " AND kind IN (" + LISTED_KINDS + ") GROUP BY kind, term_slug)",
                ps -> {
                    ps.setInt(1, perPage);
                    ps.setInt(2, perPage);
                }, PostStore::singleInt);
        return posts + Listing.HOME.pages(posts, perPage) + termPages;
    }

    /**
     * The {@link PublishedFingerprint} of every published post, read whole: it changes with any change
     * to what is published and is the same for the same content on every instance (search keys and
     * index use it). A traced sync moves it instead of calling this again.
     */
    public String publishedFingerprint() {
        return sql.query("fingerprint published posts",
                "SELECT p.slug, p.content_hash FROM post p WHERE p.draft = FALSE",
                ps -> { }, rs -> {
                    java.math.BigInteger sum = java.math.BigInteger.ZERO;
                    while (rs.next()) {
                        sum = sum.add(PublishedFingerprint.term(rs.getString(1), rs.getString(2)));
                    }
                    return PublishedFingerprint.hex(sum);
                });
    }

    /** The stored facts of the posts of these source paths (absent paths are left out). */
    public Map<String, PostFacts> factsBySource(Collection<String> sourcePaths) {
        Map<String, PostFacts> facts = new HashMap<>();
        for (String source : sourcePaths) {
            sql.query("read post " + source,
                    "SELECT " + POST_COLUMNS + " WHERE p.source_path = ?",
                    ps -> ps.setString(1, source), rs -> rs.next() ? Optional.of(post(rs)) : Optional.<Post>empty())
                    .ifPresent(post -> facts.put(source, PostFacts.of(post)));
        }
        return facts;
    }

    /** A remembered fact about the site (see V3__site_state.sql), if any. */
    public Optional<String> siteState(String name) {
        return sql.query("read site state " + name, "SELECT state_value FROM site_state WHERE state_name = ?",
                ps -> ps.setString(1, name), rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty());
    }

    public void siteState(String name, String value) {
        sql.inTransaction("write site state " + name, conn -> {
            try (PreparedStatement merge = conn.prepareStatement("MERGE INTO site_state (state_name, state_value) KEY (state_name) VALUES (?, ?)")) {
                merge.setString(1, name);
                merge.setString(2, value);
                merge.executeUpdate();
            }
        });
    }

    /** Published posts in a listing. */
    public int count(Listing listing) {
        return listing.taxonomy().map(taxonomy -> countByTerm(taxonomy, listing.termSlug())).orElseGet(this::countPublished);
    }

    /**
     * How many published posts of the listing come before a post with this date and slug (newest
     * first, then slug). Two range counts rather than one OR, so each walks the listing's index.
     */
    public int position(Listing listing, String slug, dev.alphanode.content.PostDate date) {
        String table = listing.taxonomy().isEmpty() ? "post WHERE" : "post_term WHERE kind = ? AND term_slug = ? AND";
        return sql.query("position of " + slug + " in " + listing,
                "SELECT (SELECT COUNT(*) FROM " + table + " draft = FALSE AND post_at > ?)"
                        + " + (SELECT COUNT(*) FROM " + table + " draft = FALSE AND post_at = ? AND slug < ?)", ps -> {
                    int i = 1;
                    for (int range = 0; range < 2; range++) {
                        if (listing.taxonomy().isPresent()) {
                            ps.setString(i++, listing.taxonomy().get().column());
                            ps.setString(i++, listing.termSlug());
                        }
                        PostDates.bind(ps, i++, date);
                        if (range == 1) {
                            ps.setString(i++, slug);
                        }
                    }
                }, PostStore::singleInt);
    }

    /**
     * The published posts just newer and just older than a post with this date and slug, in home
     * listing order (newest first, then slug); the post itself need not be published. Each side is
     * two index walks (same date, then earlier or later dates) rather than one OR, as in {@link #position}.
     */
    public Neighbours neighbours(String slug, dev.alphanode.content.PostDate date) {
        Optional<PostSummary> newer = neighbour("newer than " + slug, "p.post_at = ? AND p.slug < ?",
                "p.post_at > ?", "p.draft DESC, p.post_at, p.slug DESC", slug, date);
        Optional<PostSummary> older = neighbour("older than " + slug, "p.post_at = ? AND p.slug > ?",
                "p.post_at < ?", "p.draft, p.post_at DESC, p.slug", slug, date);
        return new Neighbours(newer, older);
    }

    private Optional<PostSummary> neighbour(String operation, String sameDate, String otherDates, String order,
                                            String slug, dev.alphanode.content.PostDate date) {
        String select = "SELECT " + SUMMARY_COLUMNS + " FROM post p WHERE p.draft = FALSE AND ";
        List<PostSummary> same = sql.query(operation, select + sameDate + " ORDER BY " + order + " LIMIT 1", ps -> {
            PostDates.bind(ps, 1, date);
            ps.setString(2, slug);
        }, PostStore::summaries);
        if (!same.isEmpty()) {
            return Optional.of(same.get(0));
        }
        return sql.query(operation, select + otherDates + " ORDER BY " + order + " LIMIT 1",
                ps -> PostDates.bind(ps, 1, date), PostStore::summaries).stream().findFirst();
    }

    /** The heading name of a listing now ({@code ""} for home, empty when the term has no published post). */
    public Optional<String> listingName(Listing listing) {
        return listing.taxonomy().isEmpty() ? Optional.of("") : termName(listing.taxonomy().get(), listing.termSlug());
    }

    private void writeBatch(Connection conn, List<Post> batch, List<String> removedSources) throws SQLException {
        List<String> sources = new ArrayList<>(removedSources);
        batch.forEach(post -> sources.add(post.sourcePath()));
        for (String table : List.of("post", "redirect", "redirect_stub")) {
            try (PreparedStatement delete = conn.prepareStatement("DELETE FROM " + table + " WHERE source_path = ?")) {
                for (String source : sources) {
                    delete.setString(1, source);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        // A slug may move to another file in the same import; the importer has already decided it is free.
        try (PreparedStatement delete = conn.prepareStatement("DELETE FROM post WHERE slug = ?")) {
            for (Post post : batch) {
                delete.setString(1, post.slug());
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement insert = conn.prepareStatement(
                "INSERT INTO post (slug, source_path, content_hash, title, post_at, post_timed, post_updated, draft,"
                        + " topic, summary, reading_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement body = conn.prepareStatement(
                     "INSERT INTO post_body (slug, body_markdown, meta_json) VALUES (?, ?, ?)");
             PreparedStatement term = conn.prepareStatement(
                     "INSERT INTO post_term (slug, kind, term_slug, term_name, draft, post_at)"
                             + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Post post : batch) {
                bindPost(insert, post);
                insert.addBatch();
                body.setString(1, post.slug());
                body.setString(2, post.body());
                body.setString(3, toJson(post.meta()));
                body.addBatch();
            }
            insert.executeBatch();
            body.executeBatch();
            for (Post post : batch) {
                for (Map.Entry<String, TermRow> row : terms(post).entrySet()) {
                    term.setString(1, post.slug());
                    term.setString(2, row.getValue().kind());
                    term.setString(3, row.getValue().slug());
                    term.setString(4, row.getValue().name());
                    term.setBoolean(5, post.draft());
                    PostDates.bind(term, 6, post.date());
                    term.addBatch();
                }
            }
            term.executeBatch();
        }
        try (PreparedStatement redirect = conn.prepareStatement(
                "INSERT INTO redirect (old_path, source_path, target) VALUES (?, ?, NULL)")) {
            for (Post post : batch) {
                for (String oldPath : OldPaths.of(post)) {
                    redirect.setString(1, oldPath);
                    redirect.setString(2, post.sourcePath());
                    redirect.addBatch();
                }
            }
            redirect.executeBatch();
        }
    }

    /**
     * Replaces the stored versions of these redirect stubs (matched by source path) in one transaction.
     * A file that was a post is removed as a post first, by the importer ({@link #apply}).
     */
    public void writeStubs(List<RedirectStub> stubs) {
        if (stubs.isEmpty()) {
            return;
        }
        wrote();
        sql.inTransaction("store " + stubs.size() + " redirect stubs", conn -> {
            for (String table : List.of("redirect", "redirect_stub")) {
                try (PreparedStatement delete = conn.prepareStatement("DELETE FROM " + table + " WHERE source_path = ?")) {
                    for (RedirectStub stub : stubs) {
                        delete.setString(1, stub.sourcePath());
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
            try (PreparedStatement insert = conn.prepareStatement(
                    "INSERT INTO redirect_stub (source_path, content_hash) VALUES (?, ?)");
                 PreparedStatement redirect = conn.prepareStatement(
                         "INSERT INTO redirect (old_path, source_path, target) VALUES (?, ?, ?)")) {
                for (RedirectStub stub : stubs) {
                    insert.setString(1, stub.sourcePath());
                    insert.setString(2, stub.contentHash());
                    insert.addBatch();
                    for (String oldPath : stub.oldPaths()) {
                        redirect.setString(1, oldPath);
                        redirect.setString(2, stub.sourcePath());
                        redirect.setString(3, stub.target());
                        redirect.addBatch();
                    }
                }
                insert.executeBatch();
                redirect.executeBatch();
            }
        });
    }

    /**
     * Where a normalised old path redirects: of the files claiming it, the first source path in sorted
     * order that still stands (a post row for a post's claim), as {@code check} decides. One walk of
     * the primary key's {@code old_path} prefix.
     */
    public Optional<Redirect> redirect(String oldPath) {
        return sql.query("find the redirect of an old path",
                "SELECT r.source_path, r.target, p.slug FROM redirect r LEFT JOIN post p ON p.source_path = r.source_path"
                        + " WHERE r.old_path = ? AND (r.target IS NOT NULL OR p.slug IS NOT NULL)"
                        + " ORDER BY r.old_path, r.source_path LIMIT 1",
                ps -> ps.setString(1, oldPath), rs -> rs.next()
                        ? Optional.of(new Redirect(rs.getString(1),
                        rs.getString(2) == null ? Optional.of(rs.getString(3)) : Optional.empty(),
                        Optional.ofNullable(rs.getString(2))))
                        : Optional.<Redirect>empty());
    }

    /** A {@code post_term} row: a taxonomy term, or a {@link #SOURCE_KIND}/{@link #LINK_KIND} key (name = key). */
    private record TermRow(String kind, String slug, String name) {
    }

    private static Map<String, TermRow> terms(Post post) {
        Map<String, TermRow> rows = new TreeMap<>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            for (String name : taxonomy.termsOf(post)) {
                String slug = Slugs.slugify(name);
                if (!slug.isEmpty()) {
                    rows.putIfAbsent(taxonomy.column() + "/" + slug, new TermRow(taxonomy.column(), slug, name));
                }
            }
        }
        String source = TemplateTags.key(post.sourcePath());
        if (!source.isEmpty()) {
            rows.put(SOURCE_KIND + "/" + source, new TermRow(SOURCE_KIND, source, source));
        }
        for (String key : TemplateTags.referenceKeys(post.body())) {
            rows.put(LINK_KIND + "/" + key, new TermRow(LINK_KIND, key, key));
        }
        return rows;
    }

    /** A published post a body may link to by its file name: its slug and source path. */
    public record LinkTarget(String slug, String sourcePath) {
    }

    /** The published posts whose file name has this key ({@link TemplateTags#key}), in path order. */
    public List<LinkTarget> linkTargets(String key) {
        return sql.query("posts named " + key,
                "SELECT t.slug, p.source_path FROM post_term t JOIN post p ON p.slug = t.slug"
                        + " WHERE t.kind = ? AND t.term_slug = ? AND t.draft = FALSE ORDER BY p.source_path",
                ps -> {
                    ps.setString(1, SOURCE_KIND);
                    ps.setString(2, key);
                }, rs -> {
                    List<LinkTarget> targets = new ArrayList<>();
                    while (rs.next()) {
                        targets.add(new LinkTarget(rs.getString(1), rs.getString(2)));
                    }
                    return targets;
                });
    }

    /** The source paths of the published posts whose body references any of these keys. */
    public List<String> linkingSources(Collection<String> keys) {
        List<String> sources = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(keys)) {
            sources.addAll(sql.query("posts linking to " + key,
                    "SELECT p.source_path FROM post_term t JOIN post p ON p.slug = t.slug"
                            + " WHERE t.kind = ? AND t.term_slug = ? AND t.draft = FALSE ORDER BY p.source_path",
                    ps -> {
                        ps.setString(1, LINK_KIND);
                        ps.setString(2, key);
                    }, rs -> {
                        List<String> found = new ArrayList<>();
                        while (rs.next()) {
                            found.add(rs.getString(1));
                        }
                        return found;
                    }));
        }
        return sources;
    }

    private void bindPost(PreparedStatement ps, Post post) throws SQLException {
        ps.setString(1, post.slug());
        ps.setString(2, post.sourcePath());
        ps.setString(3, post.contentHash());
        ps.setString(4, post.title());
        PostDates.bind(ps, 5, post.date());
        ps.setBoolean(6, post.date().timed());
        PostDates.bind(ps, 7, post.updated());
        ps.setBoolean(8, post.draft());
        ps.setString(9, post.topic().orElse(null));
        ps.setString(10, post.summary().orElse(null));
        ps.setInt(11, post.readingTime());
    }

    private Post post(ResultSet rs) throws SQLException {
        Map<String, Object> meta = fromJson(rs.getString("meta_json"));
        return new Post(rs.getString("source_path"), rs.getString("content_hash"), rs.getString("slug"),
                rs.getString("title"), PostDates.read(rs, "post_at", "post_timed"), PostDates.readUpdated(rs, "post_updated"),
                rs.getBoolean("draft"),
                Optional.ofNullable(rs.getString("topic")), Optional.ofNullable(rs.getString("summary")),
                strings(meta.get("stack")), strings(meta.get("tools")), strings(meta.get("tags")),
                rs.getInt("reading_time"), meta, rs.getString("body_markdown"));
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    private String toJson(Map<String, Object> meta) {
        try {
            return json.writeValueAsString(meta);
        } catch (JsonProcessingException e) {
            throw new StoreException("serialise post meta", e);
        }
    }

    private Map<String, Object> fromJson(String text) {
        try {
            return json.readValue(text, META_TYPE);
        } catch (JsonProcessingException e) {
            throw new StoreException("read post meta", e);
        }
    }

    static List<PostSummary> summaries(ResultSet rs) throws SQLException {
        List<PostSummary> posts = new ArrayList<>();
        while (rs.next()) {
            posts.add(new PostSummary(rs.getString(1), rs.getString(2), PostDates.read(rs, 3, 4),
                    Optional.ofNullable(rs.getString(5)), rs.getInt(6)));
        }
        return posts;
    }

    private static int singleInt(ResultSet rs) throws SQLException {
        rs.next();
        return rs.getInt(1);
    }
}
