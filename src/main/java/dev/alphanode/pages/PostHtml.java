package dev.alphanode.pages;

import dev.alphanode.content.ImageSize;
import dev.alphanode.content.ImageSizes;
import dev.alphanode.content.MediaPaths;
import dev.alphanode.content.Post;
import dev.alphanode.content.PostFileNames;
import dev.alphanode.render.BodyImages;
import dev.alphanode.render.Markdown;
import dev.alphanode.route.Route;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A post's body as HTML: a page bundle's relative links and images point at its files under the post's route;
 * images of local files ({@code /media/…}, the bundle's own) carry their size, and an image without alt text
 * takes the caption the post's {@code images} front matter gives its URL.
 */
final class PostHtml {
    private final Markdown markdown;
    private final MediaPaths media;
    private final ImageSizes sizes = new ImageSizes();
    private final RenderedBodies rendered = new RenderedBodies(RenderedBodies.DEFAULT_BUDGET_CHARS);

    PostHtml(Markdown markdown, MediaPaths media) {
        this.markdown = markdown;
        this.media = media;
    }

    /**
     * {@code body}: the post's Markdown with its template tags turned ({@link PostBodies}). Converted again only
     * when the body, its base or what its images read changed since the post's last render ({@link RenderedBodies}).
     */
    String of(Post post, String body) {
        Optional<String> bundle = PostFileNames.bundleFolder(post.sourcePath());
        String base = bundle.isPresent() ? Route.bundleFiles(post.slug()) : "";
        return rendered.html(post.slug(), body, base, new Images(post, bundle),
                images -> markdown.toHtml(body, base, images));
    }

    private final class Images implements BodyImages {
        private final Post post;
        private final Optional<String> bundle;

        Images(Post post, Optional<String> bundle) {
            this.post = post;
            this.bundle = bundle;
        }

        @Override
        public Optional<ImageSize> size(String src) {
            return file(src).flatMap(sizes::of);
        }

        private Optional<Path> file(String src) {
            Optional<String> path = sitePath(src);
            if (path.isEmpty()) {
                return Optional.empty();
            }
            String bundleFiles = Route.bundleFiles(post.slug());
            if (path.get().startsWith(MediaPaths.MEDIA_PREFIX)) {
                return media.media(path.get().substring(MediaPaths.MEDIA_PREFIX.length()));
            }
            if (bundle.isPresent() && path.get().startsWith(bundleFiles)) {
                return media.bundleFile(bundle.get(), path.get().substring(bundleFiles.length()));
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> caption(String src) {
            if (!(post.meta().get("images") instanceof List<?> images)) {
                return Optional.empty();
            }
            return images.stream()
                    .filter(image -> image instanceof Map<?, ?> map && Objects.equals(String.valueOf(map.get("url")).strip(), src))
                    .map(image -> ((Map<?, ?>) image).get("caption"))
                    .filter(caption -> caption instanceof String text && !text.isBlank())
                    .map(String.class::cast)
                    .findFirst();
        }
    }

    /** The decoded path of a site-relative URL ({@code /media/a%20b.png} → {@code /media/a b.png}), or empty. */
    private static Optional<String> sitePath(String src) {
        if (!src.startsWith("/") || src.startsWith("//")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new URI(src).getPath());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
