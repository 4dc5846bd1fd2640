package dev.alphanode;

import dev.alphanode.content.Post;
import dev.alphanode.similar.TaxonomyOverlap;
import dev.alphanode.site.SimilarLists;
import dev.alphanode.store.Database;
import dev.alphanode.store.PostSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adapts the similar-posts engine to what the site needs. */
final class SimilarEngine {
    private SimilarEngine() {
    }

    static SimilarLists create(Database db, dev.alphanode.store.PostStore store) {
        TaxonomyOverlap overlap = new TaxonomyOverlap(db);
        return new SimilarLists() {
            private volatile Map<String, Double> weights = Map.of();

            @Override
            public Set<String> rebuild(Map<String, Double> weights, int k) {
                this.weights = weights;
                return Set.of();
            }

            @Override
            public Set<String> update(List<Post> upserted, Collection<String> removedSlugs, Map<String, Double> weights, int k) {
                this.weights = weights;
                return Set.copyOf(store.slugOwners().keySet());
            }

            @Override
            public Set<String> referrersOf(Collection<String> slugs) {
                return Set.copyOf(store.slugOwners().keySet());
            }

            @Override
            public List<PostSummary> similarTo(String slug, int limit) {
                return overlap.similarTo(slug, weights, limit);
            }
        };
    }
}
