package dev.alphanode.similar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus statistics frozen at the last rebuild: the number of published posts, how many of them
 * hold each text term or keyword (only counts of 2 or more are kept; anything else counts as 1),
 * and each post's content hash (to measure drift). Every vector is computed against the snapshot,
 * so a post's vector depends on that post alone and an incremental update equals a full recompute.
 */
record Snapshot(int posts, Map<String, Integer> documentFrequency, Map<String, String> postHashes) {

    Snapshot {
        documentFrequency = Map.copyOf(documentFrequency);
        postHashes = Map.copyOf(postHashes);
    }

    static Snapshot of(List<PostRow> rows) {
        Map<String, Integer> df = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        for (PostRow row : rows) {
            hashes.put(row.slug(), row.contentHash());
            row.keywords().forEach(key -> df.merge(key, 1, Integer::sum));
            for (String term : row.text().terms()) {
                df.merge(term, 1, Integer::sum);
            }
        }
        df.values().removeIf(count -> count < 2);
        return new Snapshot(rows.size(), df, hashes);
    }

    int df(String key) {
        return documentFrequency.getOrDefault(key, 1);
    }

    /** ln(1 + posts / df), with at least one post so that a first post still has text weights. */
    double idf(String term) {
        return StrictMath.log(1.0 + (double) Math.max(posts, 1) / df(term));
    }

    /** Whether the post {@code slug} with {@code contentHash} (null when not published) differs from the snapshot. */
    boolean drifted(String slug, String contentHash) {
        String then = postHashes.get(slug);
        return then == null ? contentHash != null : !then.equals(contentHash);
    }
}
