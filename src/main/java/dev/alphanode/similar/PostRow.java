package dev.alphanode.similar;

import java.util.Arrays;
import java.util.List;

/**
 * What the engine needs of one published post: its keywords ({@code kind/term-slug}, sorted), its
 * text terms, its date (epoch day) for tie-breaking, its content hash (drift) and card hash.
 */
record PostRow(String slug, String contentHash, long cardHash, int epochDay, List<String> keywords,
               TermCounts text) {

    PostRow {
        String[] sorted = keywords.toArray(String[]::new);
        Arrays.sort(sorted);
        keywords = List.of(sorted);
    }
}
