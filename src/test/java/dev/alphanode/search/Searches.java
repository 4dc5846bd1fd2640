package dev.alphanode.search;

import java.util.List;
import java.util.Optional;

/** Short ways to ask an index what a reader would ask it. */
final class Searches {
    static final int PAGE_SIZE = 10;

    private Searches() {
    }

    static SearchIndex indexOf(Posts... posts) {
        SearchIndex index = SearchIndex.inMemory();
        index.rebuild(List.of(posts).stream().map(Posts::build).toList(), "test");
        return index;
    }

    static SearchQuery query(String q) {
        return SearchQuery.parse(q, Optional.empty(), Optional.empty(), Optional.empty(), 1);
    }

    static SearchResults search(SearchIndex index, String q) {
        return index.search(query(q), PAGE_SIZE);
    }

    static List<String> slugs(SearchResults results) {
        return results.hits().stream().map(SearchHit::slug).toList();
    }

    static List<String> slugs(SearchIndex index, String q) {
        return slugs(search(index, q));
    }
}
