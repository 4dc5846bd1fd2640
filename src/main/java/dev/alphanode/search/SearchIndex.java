package dev.alphanode.search;

import dev.alphanode.content.ContentLimits;
import dev.alphanode.content.Post;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.IOUtils;

/**
 * The full-text index of published posts over a Lucene {@link Directory}. Every change is one
 * commit whose user data names {@link #FORMAT} and the caller's fingerprint of the content, so
 * start-up can ask {@link #needsRebuild}. Searches run concurrently with a change and see it, all
 * at once, when {@link #replace} or {@link #rebuild} returns. Drafts are never indexed.
 */
public final class SearchIndex implements AutoCloseable {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchIndex.class);
    /** Bump when analysis, fields or the indexed text ({@link MarkdownText}) change: an index of another format is rebuilt, never read. */
    public static final int FORMAT = 3;
    public static final int MAX_PAGE_SIZE = 100;
    static final String FORMAT_KEY = "alphanode.search.format";
    static final String FINGERPRINT_KEY = "alphanode.search.fingerprint";
    private static final int SNIPPET_PASSAGES = 3;

    private final String where;
    private final Directory directory;
    private final Analyzer analyzer = new PostAnalyzer();
    private final Ranking ranking = new Ranking(analyzer);
    private final MarkdownText markdown = new MarkdownText();
    private final Snippets snippets = new Snippets();
    private final ReentrantLock writing = new ReentrantLock();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The format and fingerprint of the index as searches see it (committed to disk soon after, see {@link #change}). */
    private volatile Map<String, String> committed;
    private final java.util.concurrent.ExecutorService committer = java.util.concurrent.Executors.newSingleThreadExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "search-commit");
                thread.setDaemon(true);
                return thread;
            });
    private final java.util.concurrent.atomic.AtomicBoolean commitQueued = new java.util.concurrent.atomic.AtomicBoolean();

    private SearchIndex(String where, Directory directory) throws IOException {
        this.where = where;
        this.directory = directory;
        Optional<Map<String, String>> usable = usableCommit(directory);
        this.committed = usable.orElse(Map.of());
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(usable.isPresent() ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, LiveStatsSearcher.FACTORY);
    }

    /** The index in {@code folder} (created when missing); an unreadable index there is dropped and opens empty. */
    public static SearchIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            return open(folder.toString(), FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("search index: cannot open folder " + folder
                    + " (expected a writable folder that no other process holds)", e);
        }
    }

    /** An index held in memory only, for tests and tools. */
    public static SearchIndex inMemory() {
        return open("memory", new ByteBuffersDirectory());
    }

    /** An index over {@code directory}, which it then owns and closes. */
    public static SearchIndex open(String where, Directory directory) {
        try {
            return new SearchIndex(where, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("search index at " + where + ": cannot open its Lucene files", e);
        }
    }

    /** True when there is no index, it has another {@link #FORMAT}, or another content fingerprint. */
    public boolean needsRebuild(String expectedFingerprint) {
        Map<String, String> data = committed;
        return !Integer.toString(FORMAT).equals(data.get(FORMAT_KEY))
                || !Objects.equals(expectedFingerprint, data.get(FINGERPRINT_KEY));
    }

    /** The fingerprint of the last commit; empty when there is none. */
    public Optional<String> fingerprint() {
        return Optional.ofNullable(committed.get(FINGERPRINT_KEY));
    }

    /**
     * One commit: {@code removedSlugs} are deleted, then each upserted post replaces the document
     * of its slug (a draft just deletes it), so a slug both removed and upserted stays, upserted.
     */
    public void replace(List<Post> upserted, Collection<String> removedSlugs, String fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        change("replace " + upserted.size() + " posts and remove " + removedSlugs.size(), () -> {
            for (String slug : removedSlugs) {
                writer.deleteDocuments(PostDocument.slugTerm(slug));
            }
            for (Post post : upserted) {
                if (post.draft()) {
                    writer.deleteDocuments(PostDocument.slugTerm(post.slug()));
                } else {
                    writer.updateDocument(PostDocument.slugTerm(post.slug()), PostDocument.of(post, markdown));
                }
            }
        }, fingerprint, false);
    }

    /** Every document replaced by the published posts of {@code all}, in one commit. */
    public void rebuild(Iterable<Post> all, String fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Rebuild rebuild = startRebuild();
        // IndexWriter takes documents from many threads: batches are analysed on every core.
        List<Post> batch = new ArrayList<>(REBUILD_BATCH);
        for (Post post : all) {
            batch.add(post);
            if (batch.size() == REBUILD_BATCH) {
                rebuild.add(batch, true);
                batch.clear();
            }
        }
        rebuild.add(batch, true);
        rebuild.finish(fingerprint);
    }

    /**
     * A rebuild fed as the posts arrive: every document is dropped now, searches keep seeing the
     * index as it was until {@link Rebuild#finish}, and a commit taken meanwhile (by the background
     * committer) is marked as no fingerprint's, so a crash mid-way leaves an index the next start rebuilds.
     */
    public Rebuild startRebuild() {
        writing.lock();
        try {
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(FORMAT_KEY, Integer.toString(FORMAT), FINGERPRINT_KEY, "").entrySet());
        } catch (IOException e) {
            throw new UncheckedIOException("search index at " + where + ": cannot start a rebuild", e);
        } finally {
            writing.unlock();
        }
        return new Rebuild();
    }

    /** A rebuild under way: posts are added from any thread, then {@link #finish} commits them all at once. */
    public final class Rebuild {
        private Rebuild() {
        }

        /** Analyses and adds the published posts of {@code posts}, on every core when {@code parallel}. */
        public void add(List<Post> posts, boolean parallel) {
            try {
                addAll(posts, parallel);
            } catch (IOException e) {
                throw new UncheckedIOException("search index at " + where + ": cannot add " + posts.size()
                        + " posts to the rebuild", e);
            }
        }

        /** Commits what was added under {@code fingerprint} and makes searches see it. */
        public void finish(String fingerprint) {
            Objects.requireNonNull(fingerprint, "fingerprint");
            change("rebuild", () -> { }, fingerprint, true);
        }
    }

    /** Page {@code query.page()} of the posts that match, {@code pageSize} per page. */
    public SearchResults search(SearchQuery query, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        List<String> words = query.isEmpty() ? List.of() : ranking.words(query);
        if (words.isEmpty()) {
            return SearchResults.none(query);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, query, words, pageSize);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index at " + where + ": cannot read it for query '"
                    + query.text() + "'", e);
        }
    }

    @Override
    public void close() {
        committer.shutdown();
        try {
            committer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writing.lock();
        try {
            try {
                writer.commit();
            } catch (IOException | RuntimeException e) {
                log.warn("search index at {}: the last commit failed ({}); the next start rebuilds it", where, e.getMessage());
            }
            IOUtils.close(searchers, writer, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("search index at " + where + ": cannot close it", e);
        } finally {
            writing.unlock();
        }
    }

    private SearchResults search(IndexSearcher searcher, SearchQuery query, List<String> words, int pageSize)
            throws IOException {
        Query text = ranking.text(words, Occur.MUST);
        TopDocs top = top(searcher, ranking.filtered(text, query), query.page(), pageSize);
        boolean allWords = true;
        if (top.totalHits.value == 0 && words.size() > 1) {
            text = ranking.text(words, Occur.SHOULD);
            top = top(searcher, ranking.filtered(text, query), query.page(), pageSize);
            allWords = false;
        }
        long total = top.totalHits.value;
        int pageCount = (int) ((total + pageSize - 1) / pageSize);
        long from = (long) (query.page() - 1) * pageSize;
        ScoreDoc[] page = from >= top.scoreDocs.length ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, (int) from, top.scoreDocs.length);
        return new SearchResults(query, total, pageCount, allWords, hits(searcher, text, new TopDocs(top.totalHits,
                page)));
    }

    private static TopDocs top(IndexSearcher searcher, Query query, int page, int pageSize) throws IOException {
        int wanted = (int) Math.min((long) page * pageSize, Math.max(1, searcher.getIndexReader().maxDoc()));
        return searcher.search(query, new TopFieldCollectorManager(Ranking.ORDER, wanted, null, Integer.MAX_VALUE));
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query text, TopDocs page) throws IOException {
        if (page.scoreDocs.length == 0) {
            return List.of();
        }
        String[] marked = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(snippets)
                .withMaxLength(ContentLimits.BODY_CHARS)
                .withMaxNoHighlightPassages(0)
                .build()
                .highlight(SearchField.BODY.name, text, page, SNIPPET_PASSAGES);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.scoreDocs.length);
        for (int i = 0; i < page.scoreDocs.length; i++) {
            int doc = page.scoreDocs[i].doc;
            Document shown = stored.document(doc, PostDocument.SHOWN);
            Snippet snippet = marked[i] != null ? new Snippet(marked[i]) : lead(stored.document(doc, PostDocument.LEAD));
            hits.add(new SearchHit(shown.get(PostDocument.SLUG), shown.get(SearchField.TITLE.name),
                    PostDocument.date(shown), snippet));
        }
        return hits;
    }

    private static Snippet lead(Document doc) {
        return Snippets.lead(PostDocument.text(doc, SearchField.SUMMARY).filter(summary -> !summary.isBlank())
                .or(() -> PostDocument.text(doc, SearchField.BODY)).orElse(""));
    }

    private static final int REBUILD_BATCH = 500;

    private void addAll(List<Post> posts, boolean parallel) throws IOException {
        try {
            (parallel ? posts.parallelStream() : posts.stream()).filter(post -> !post.draft()).forEach(post -> {
                try {
                    writer.addDocument(PostDocument.of(post, markdown));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface Change {
        void apply() throws IOException;
    }

    /**
     * Applies a change and makes searches see it before returning. A rebuild is committed to disk at
     * once; a replace is committed by a background thread right after (fsyncs cost a live edit about
     * 80 ms): until then a crash loses the change on disk, and the start after it finds the commit's
     * fingerprint behind H2's and rebuilds.
     */
    private void change(String what, Change change, String fingerprint, boolean commitNow) {
        writing.lock();
        try {
            change.apply();
            Map<String, String> data = Map.of(FORMAT_KEY, Integer.toString(FORMAT), FINGERPRINT_KEY, fingerprint);
            writer.setLiveCommitData(data.entrySet());
            if (commitNow) {
                writer.commit();
            }
            committed = data;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("search index at " + where + ": cannot " + what, e);
        } finally {
            writing.unlock();
        }
        if (!commitNow && commitQueued.compareAndSet(false, true)) {
            committer.execute(this::commitQueued);
        }
    }

    private void commitQueued() {
        writing.lock();
        try {
            commitQueued.set(false);
            if (writer.isOpen()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("search index at {}: commit failed ({}); the next start rebuilds it if it is behind", where,
                    e.getMessage());
        } finally {
            writing.unlock();
        }
    }

    /**
     * The last commit's user data when it is an index of this {@link #FORMAT}. An index Lucene
     * cannot read (damaged, or written by another Lucene) is deleted: it is derived data, rebuilt
     * from the posts.
     */
    private static Optional<Map<String, String>> usableCommit(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        try {
            Map<String, String> data = Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData());
            return Optional.of(data).filter(d -> Integer.toString(FORMAT).equals(d.get(FORMAT_KEY)));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                 | NoSuchFileException e) {
            deleteIndexFiles(directory);
            return Optional.empty();
        }
    }

    /** Only files Lucene names, in case the folder holds anything else by mistake. */
    private static void deleteIndexFiles(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String name : directory.listAll()) {
                if (name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS)
                        || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches()) {
                    directory.deleteFile(name);
                }
            }
        }
    }
}
