package dev.alphanode.web;

import dev.alphanode.content.ContentLinks;
import dev.alphanode.content.PostFileNames;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /media/**} from {@code content/media/}, and a published page bundle's files ({@code /posts/{slug}/…}
 * from the folder of {@code posts/…/NAME/index.md}): only regular, non-hidden files inside that folder,
 * reached without a symbolic link (the {@link ContentLinks} rule), with a type from an allow-list (never
 * the Markdown itself), a validator (ETag from size and modification time) and 304s.
 */
public final class MediaFiles {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"), Map.entry("zip", "application/zip"));

    private final Path contentDir;
    private final Path root;
    private final Function<String, Optional<String>> publishedSource;

    /** {@code publishedSource}: the source path of the published post with a slug (bundles are found by it). */
    public MediaFiles(Path contentDir, Function<String, Optional<String>> publishedSource) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.root = this.contentDir.resolve("media");
        this.publishedSource = publishedSource;
    }

    /** Serves the file, or returns false when there is none to serve (the caller answers 404). */
    boolean serve(Context ctx, String requested) throws IOException {
        return serve(ctx, root, requested);
    }

    /** A file of the published bundle post {@code slug}, or false (404) when the post is none or has no such file. */
    boolean serveBundleFile(Context ctx, String slug, String requested) throws IOException {
        Optional<String> folder = publishedSource.apply(slug).flatMap(PostFileNames::bundleFolder);
        return folder.isPresent() && serve(ctx, contentDir.resolve(folder.get()).normalize(), requested);
    }

    private boolean serve(Context ctx, Path root, String requested) throws IOException {
        Optional<Path> file = resolve(root, requested);
        if (file.isEmpty()) {
            return false;
        }
        Path path = file.get();
        String type = TYPES.get(extension(path));
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

    private Optional<Path> resolve(Path root, String requested) {
        if (requested == null || requested.isEmpty() || requested.indexOf('\0') >= 0 || requested.contains("\\")) {
            return Optional.empty();
        }
        Path path = root.resolve(requested).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            return Optional.empty();
        }
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return Optional.empty();
            }
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || !TYPES.containsKey(extension(path))
                || ContentLinks.firstLink(contentDir, path).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
