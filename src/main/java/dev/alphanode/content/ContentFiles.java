package dev.alphanode.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Finds post files in a content folder and reads them within {@link ContentLimits}. */
public final class ContentFiles {

    private ContentFiles() {
    }

    /** Every readable post file ({@link PostFileNames}) under {@code posts/} of {@code contentDir}, sorted by relative path. */
    public static List<ContentFile> listPosts(Path contentDir) throws IOException {
        return listPostsUnder(contentDir, contentDir.resolve("posts"));
    }

    /** Like {@link #scanPostsUnder} without the refused entries: what may be read at all. */
    public static List<ContentFile> listPostsUnder(Path contentDir, Path start) throws IOException {
        return scanPostsUnder(contentDir, start).stream().filter(file -> file.refusal().isEmpty()).toList();
    }

    /** Every post file of the content folder, refused symbolic links included, sorted by relative path. */
    public static List<ContentFile> scanPosts(Path contentDir) throws IOException {
        return scanPostsUnder(contentDir, contentDir.resolve("posts"));
    }

    /**
     * The post files at or below {@code start} (a file or a folder inside {@code contentDir/posts}),
     * sorted by relative path; empty when {@code start} is gone, hidden, or outside posts/. Symbolic
     * links named like posts, and links to folders, are listed with their {@link ContentLinks} refusal
     * and never followed, so they are reported rather than skipped.
     */
    public static List<ContentFile> scanPostsUnder(Path contentDir, Path start) throws IOException {
        Path posts = contentDir.resolve("posts");
        if (!start.startsWith(posts) || !Files.exists(start, LinkOption.NOFOLLOW_LINKS)
                || posts.relativize(start).toString().isEmpty() && !Files.isDirectory(start)
                && !Files.isSymbolicLink(start)) {
            return List.of();
        }
        for (Path part : posts.relativize(start)) {
            if (part.toString().startsWith(".")) {
                return List.of();
            }
        }
        Optional<Path> linkAbove = start.getParent() == null ? Optional.empty()
                : ContentLinks.firstLink(contentDir, start.getParent());
        if (linkAbove.isPresent()) {
            return List.of(refused(contentDir, linkAbove.get()));
        }
        var found = new ArrayList<ContentFile>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(start) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isSymbolicLink() && (PostFileNames.isPost(name)
                        || Files.isDirectory(file) && !isHidden(file) && !PostFileNames.isEditorBackup(name))) {
                    found.add(refused(contentDir, file));
                } else if (attrs.isRegularFile() && PostFileNames.isPost(name)) {
                    found.add(new ContentFile(ContentLinks.relative(contentDir, file), file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(ContentFile::relativePath));
        return List.copyOf(found);
    }

    /**
     * The file's bytes, or its refusal without reading it: a refused link, or more bytes than
     * {@link ContentLimits#FILE_BYTES} (told by its size, and by reading at most one byte more, so
     * a file that grows meanwhile is refused too). Throws {@code NoSuchFileException} when the file
     * vanished since it was listed.
     */
    public static PostSource readPost(ContentFile file) throws IOException {
        if (file.refusal().isPresent()) {
            return PostSource.refused(file.refusal().get());
        }
        Optional<ContentProblem> tooLarge = ContentLimits.fileTooLarge(file.relativePath(), Files.size(file.path()));
        if (tooLarge.isPresent()) {
            return PostSource.refused(tooLarge.get());
        }
        java.time.Instant modified = Files.getLastModifiedTime(file.path(), LinkOption.NOFOLLOW_LINKS).toInstant();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file.path(), LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) ContentLimits.FILE_BYTES + 1);
        }
        return ContentLimits.fileTooLarge(file.relativePath(), Math.max(bytes.length, Files.size(file.path())))
                .map(PostSource::refused).orElseGet(() -> PostSource.read(file.relativePath(), bytes, modified));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static ContentFile refused(Path contentDir, Path link) {
        ContentProblem refusal = ContentLinks.refusal(contentDir, link);
        return new ContentFile(refusal.path(), link, Optional.of(refusal));
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
