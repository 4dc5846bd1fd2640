package dev.alphanode.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The one rule for symbolic links, for posts, media and uploads alike: no link at or below the
 * content folder is followed (the content folder itself may be one). A followed link publishes a
 * file from anywhere on the machine; refusing every link is simpler to state and to check than
 * "links whose target stays inside", and the content format needs none. A refused link is a
 * line-1 content error for {@code check} and {@code /healthz}, and a 404 or a refused upload on the web.
 */
public final class ContentLinks {

    public static final String EXPECTED = "a real file or folder; symbolic links in the content folder are never followed";

    private ContentLinks() {
    }

    /**
     * The first symbolic link on the way from {@code contentDir} down to {@code path} ({@code path}
     * included), or empty when there is none or {@code path} is not inside {@code contentDir}.
     */
    public static Optional<Path> firstLink(Path contentDir, Path path) {
        Path root = contentDir.toAbsolutePath().normalize();
        Path target = path.toAbsolutePath().normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            return Optional.empty();
        }
        Path at = root;
        for (Path part : root.relativize(target)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** The error for the link {@code link}; {@code Files.isDirectory} tells a linked folder from a linked file. */
    public static ContentProblem refusal(Path contentDir, Path link) {
        String what = Files.isDirectory(link) ? "folder" : "file";
        return ContentProblem.error(relative(contentDir, link), 1,
                what + " is a symbolic link (expected " + EXPECTED + ")");
    }

    /** {@code file} relative to {@code contentDir}, with '/' separators. */
    static String relative(Path contentDir, Path file) {
        var parts = new ArrayList<String>();
        contentDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
