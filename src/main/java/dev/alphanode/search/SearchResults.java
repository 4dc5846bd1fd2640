package dev.alphanode.search;

import java.util.List;
import java.util.Objects;

/**
 * One page of results. {@code allWords} is false when no post had every word of the query and the
 * hits are posts with some of them. A page past the last has no hits but the real totals.
 */
public record SearchResults(SearchQuery query, long totalHits, int pageCount, boolean allWords,
                            List<SearchHit> hits) {

    public SearchResults {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        if (totalHits < 0 || pageCount < 0) {
            throw new IllegalArgumentException("totals must be >= 0, were " + totalHits + " hits, " + pageCount
                    + " pages");
        }
    }

    static SearchResults none(SearchQuery query) {
        return new SearchResults(query, 0, 0, true, List.of());
    }

    public int page() {
        return query.page();
    }

    /** The query was longer than {@link SearchQuery#MAX_CHARS} and was shortened. */
    public boolean cut() {
        return query.cut();
    }

    /** Page 1 always exists (it may say "no results"); a later page exists only when it has hits. */
    public boolean beyondLastPage() {
        return page() > Math.max(1, pageCount);
    }
}
