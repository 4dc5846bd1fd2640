package dev.alphanode.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** A refusal for each symbolic link at or below {@code folder} (inside {@code contentDir}), in path order; links are not followed. */
    public static List<ContentProblem> linksUnder(Path contentDir, Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        var links = new ArrayList<ContentProblem>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink() && !file.getFileName().toString().startsWith(".")) {
                    links.add(refusal(contentDir, file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        links.sort(Comparator.comparing(ContentProblem::path));
        return links;
    }

    /** {@code file} relative to {@code contentDir}, with '/' separators. */
    static String relative(Path contentDir, Path file) {
        var parts = new ArrayList<String>();
        contentDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
