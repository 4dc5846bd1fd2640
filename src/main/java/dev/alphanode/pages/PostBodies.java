package dev.alphanode.pages;

import dev.alphanode.content.Post;
import dev.alphanode.content.TemplateTags;
import dev.alphanode.route.Route;
import dev.alphanode.store.PostStore;
import java.util.Optional;

/**
 * A post's body as Markdown, its Jekyll/Hugo tags turned ({@link TemplateTags}): a post reference
 * links to the route of the published post whose file it names, read from the store when the page is
 * rendered. What that makes the page depend on is purged by {@code sync.Dependencies}.
 */
final class PostBodies {
    private final PostStore store;

    PostBodies(PostStore store) {
        this.store = store;
    }

    String markdown(Post post, PageStats stats) {
        if (!TemplateTags.mayHaveTags(post.body())) {
            return post.body();
        }
        return TemplateTags.transform(post.body(), reference -> route(reference, stats)).markdown();
    }

    private Optional<String> route(String reference, PageStats stats) {
        String key = TemplateTags.key(reference);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return TemplateTags.pick(reference, stats.db(() -> store.linkTargets(key)), PostStore.LinkTarget::sourcePath)
                .map(target -> new Route.Post(target.slug()).path());
    }
}
