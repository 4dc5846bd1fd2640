package dev.alphanode.pages;

import dev.alphanode.content.Post;
import dev.alphanode.content.PostFileNames;
import dev.alphanode.render.Markdown;
import dev.alphanode.route.Route;

/** A post's body as HTML: a page bundle's relative links and images point at its files under the post's route. */
final class PostHtml {

    private PostHtml() {
    }

    /** {@code body}: the post's Markdown with its template tags turned ({@link PostBodies}). */
    static String of(Markdown markdown, Post post, String body) {
        return PostFileNames.bundleFolder(post.sourcePath()).isPresent()
                ? markdown.toHtml(body, Route.bundleFiles(post.slug()))
                : markdown.toHtml(body);
    }
}
