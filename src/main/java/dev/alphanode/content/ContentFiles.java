package dev.alphanode.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** Finds post files in a content folder. */
public final class ContentFiles {

    private static final List<String> BACKUP_SUFFIXES = List.of("~", ".swp", ".swx", ".tmp");

    private ContentFiles() {
    }

    /** Every {@code posts/**}{@code /*.md} under {@code contentDir}, sorted by relative path. */
    public static List<ContentFile> listPosts(Path contentDir) throws IOException {
        return listPostsUnder(contentDir, contentDir.resolve("posts"));
    }

    /**
     * The post files at or below {@code start} (a file or a folder inside {@code contentDir/posts}),
     * sorted by relative path; empty when {@code start} is gone, hidden, or outside posts/.
     */
    public static List<ContentFile> listPostsUnder(Path contentDir, Path start) throws IOException {
        Path posts = contentDir.resolve("posts");
        if (!start.startsWith(posts) || !Files.exists(start) || posts.relativize(start).toString().isEmpty()
                && !Files.isDirectory(start)) {
            return List.of();
        }
        for (Path part : posts.relativize(start)) {
            if (part.toString().startsWith(".")) {
                return List.of();
            }
        }
        var found = new ArrayList<ContentFile>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(start) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isPostFile(file)) {
                    found.add(new ContentFile(relative(contentDir, file), file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(ContentFile::relativePath));
        return List.copyOf(found);
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static boolean isPostFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") && !isHidden(file) && !isEditorBackup(name) && Files.isRegularFile(file);
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static boolean isEditorBackup(String name) {
        return name.startsWith(".#") || BACKUP_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static String relative(Path contentDir, Path file) {
        var parts = new ArrayList<String>();
        contentDir.relativize(file).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
