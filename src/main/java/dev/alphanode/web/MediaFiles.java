package dev.alphanode.web;

import dev.alphanode.content.ContentLinks;
import dev.alphanode.content.MediaPaths;
import dev.alphanode.content.PostFileNames;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /media/**} from {@code content/media/}, and a published page bundle's files ({@code /posts/{slug}/…}
 * from the folder of {@code posts/…/NAME/index.md}), the files {@link MediaPaths} allows (the
 * {@link ContentLinks} rule among them), with a validator (ETag from size and modification time) and 304s.
 */
public final class MediaFiles {
    private final MediaPaths paths;
    private final Function<String, Optional<String>> publishedSource;

    /** {@code publishedSource}: the source path of the published post with a slug (bundles are found by it). */
    public MediaFiles(MediaPaths paths, Function<String, Optional<String>> publishedSource) {
        this.paths = paths;
        this.publishedSource = publishedSource;
    }

    /** Serves the file, or returns false when there is none to serve (the caller answers 404). */
    boolean serve(Context ctx, String requested) throws IOException {
        return serve(ctx, paths.media(requested));
    }

    /** A file of the published bundle post {@code slug}, or false (404) when the post is none or has no such file. */
    boolean serveBundleFile(Context ctx, String slug, String requested) throws IOException {
        Optional<String> folder = publishedSource.apply(slug).flatMap(PostFileNames::bundleFolder);
        return folder.isPresent() && serve(ctx, paths.bundleFile(folder.get(), requested));
    }

    private boolean serve(Context ctx, Optional<Path> file) throws IOException {
        if (file.isEmpty()) {
            return false;
        }
        Path path = file.get();
        String type = MediaPaths.type(path);
        String etag = "\"" + Long.toHexString(Files.size(path)) + "-"
                + Long.toHexString(Files.getLastModifiedTime(path).toMillis()) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "public, max-age=3600");
        if (type.startsWith("image/svg")) {
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        }
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return true;
        }
        ctx.contentType(type);
        InputStream in = Files.newInputStream(path);
        ctx.result(in);
        return true;
    }
}
