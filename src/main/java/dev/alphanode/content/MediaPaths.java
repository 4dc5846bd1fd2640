package dev.alphanode.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which file of {@code content/} a media URL names: {@code /media/**} from {@code content/media/}, a page
 * bundle's files from its folder. Only regular, non-hidden files inside that folder, reached without a
 * symbolic link ({@link ContentLinks}), with a type from an allow-list (never the Markdown itself). The one
 * answer for serving them ({@code web.MediaFiles}) and for reading an image's size ({@link ImageSizes}).
 */
public final class MediaPaths {
    public static final String MEDIA_PREFIX = "/media/";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"), Map.entry("zip", "application/zip"));

    private final Path contentDir;
    private final Path media;

    public MediaPaths(Path contentDir) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.media = this.contentDir.resolve("media");
    }

    /** {@code requested} under {@code content/media/}. */
    public Optional<Path> media(String requested) {
        return resolve(media, requested);
    }

    /** {@code requested} in the folder of a page bundle ({@code posts/…/NAME}, relative to content/). */
    public Optional<Path> bundleFile(String bundleFolder, String requested) {
        return resolve(contentDir.resolve(bundleFolder).normalize(), requested);
    }

    /** The content type of a file {@link #media} or {@link #bundleFile} returned. */
    public static String type(Path file) {
        return TYPES.get(extension(file));
    }

    private Optional<Path> resolve(Path root, String requested) {
        if (requested == null || requested.isEmpty() || requested.indexOf('\0') >= 0 || requested.contains("\\")
                || !root.startsWith(contentDir)) {
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
