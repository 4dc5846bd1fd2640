package dev.alphanode;

import dev.alphanode.content.Post;
import dev.alphanode.similar.SimilarPosts;
import dev.alphanode.site.SimilarLists;
import dev.alphanode.store.PostSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The similar-posts engine as the site sees it (site does not depend on the similar package). */
final class SimilarEngine implements SimilarLists {
    private final SimilarPosts engine;

    SimilarEngine(SimilarPosts engine) {
        this.engine = engine;
    }

    @Override
    public Set<String> load(Map<String, Double> weights, int k) {
        return engine.load(weights, k);
    }

    @Override
    public Set<String> rebuild(Map<String, Double> weights, int k) {
        return engine.rebuild(weights, k);
    }

    @Override
    public Set<String> update(List<Post> upserted, Collection<String> removedSlugs, Map<String, Double> weights, int k) {
        return engine.update(upserted, removedSlugs, weights, k);
    }

    @Override
    public Set<String> referrersOf(Collection<String> slugs) {
        return engine.referrersOf(slugs);
    }

    @Override
    public List<PostSummary> similarTo(String slug, int limit) {
        return engine.similarTo(slug, limit);
    }
}
