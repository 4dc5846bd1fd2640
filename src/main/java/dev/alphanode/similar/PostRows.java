package dev.alphanode.similar;

import dev.alphanode.store.SimilarTables;
import dev.alphanode.store.SimilarTables.IndexedPost;
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
 * Reads published posts, with their keywords, as post rows. Bodies are read a page at a time and
 * reduced to term counts at once (in parallel), so a 20,000-post site never holds every body in memory.
 */
final class PostRows {
    private static final int PAGE = 500;

    private final SimilarTables tables;
    private final TextTerms textTerms;

    PostRows(SimilarTables tables, TextTerms textTerms) {
        this.tables = tables;
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
            while (!page.posts().isEmpty()) {
                String after = page.posts().get(page.posts().size() - 1).slug();
                Future<Page> next = reader.submit(() -> page(after));
                Map<String, List<String>> keywords = page.keywords();
                rows.addAll(page.posts().parallelStream().filter(post -> !post.draft()).map(post -> row(post, keywords))
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
            tables.publishedPost(slug).ifPresent(post -> rows.add(row(post, keywords(slug, slug))));
        }
        return rows;
    }

    /** Slug → content hash of every published post. */
    Map<String, String> publishedHashes() {
        return tables.publishedHashes();
    }

    private record Page(List<IndexedPost> posts, Map<String, List<String>> keywords) {
    }

    /** Drafts are included (see {@link SimilarTables#postsAfter}) and filtered by {@link #published()}. */
    private Page page(String after) {
        List<IndexedPost> posts = tables.postsAfter(after, PAGE);
        return new Page(posts,
                posts.isEmpty() ? Map.of() : keywords(posts.get(0).slug(), posts.get(posts.size() - 1).slug()));
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
        Map<String, List<String>> keywords = new HashMap<>();
        tables.terms(first, last).forEach((slug, terms) -> keywords.put(slug,
                terms.stream().map(term -> Kinds.key(term.kind(), term.termSlug())).toList()));
        return keywords;
    }

    private PostRow row(IndexedPost post, Map<String, List<String>> keywords) {
        String summary = post.summary() == null ? "" : post.summary();
        return new PostRow(post.slug(), post.contentHash(),
                CardHash.of(post.title(), post.date().iso(), post.summary(), post.readingTime()),
                (int) post.date().date().toEpochDay(), keywords.getOrDefault(post.slug(), List.of()),
                textTerms.of(post.title(), summary, post.body()));
    }
}
