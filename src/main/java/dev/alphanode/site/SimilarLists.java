package dev.alphanode.site;

import dev.alphanode.content.Post;
import dev.alphanode.store.PostSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the site needs from the similar-posts engine: stored lists, and which lists a change moved. */
public interface SimilarLists {
    /** Loads the engine at start-up (after the first import); returns the slugs whose stored list changed. */
    Set<String> load(Map<String, Double> weights, int k);

    /** Recomputes every list; returns the slugs whose list changed. */
    Set<String> rebuild(Map<String, Double> weights, int k);

    /** Updates the lists after these posts were written and these slugs removed; returns the slugs whose list changed. */
    Set<String> update(List<Post> upserted, Collection<String> removedSlugs, Map<String, Double> weights, int k);

    /** Slugs of the posts whose stored list shows any of these slugs. */
    Set<String> referrersOf(Collection<String> slugs);

    /** The stored list of a post, best first. */
    List<PostSummary> similarTo(String slug, int limit);
}
