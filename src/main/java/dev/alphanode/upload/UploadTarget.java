package dev.alphanode.upload;

import dev.alphanode.content.ContentLinks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where an upload lands inside the content folder, and the atomic write: a hidden {@code .upload-*} temp
 * file in the same folder (the scanner and the watcher ignore hidden files), fsync, then one rename.
 */
final class UploadTarget {
    private static final String TEMP_PREFIX = ".upload-";
    private final Path root;

    UploadTarget(Path contentDir) {
        this.root = contentDir.toAbsolutePath().normalize();
    }

    /** The file for {@code relative} (e.g. {@code posts/redis/x.md}), refused when it leaves the content folder or crosses a symlink. */
    Path resolve(String relative) throws UploadRefusal {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw UploadRefusal.badRequest("target " + UploadChars.quote(relative) + " resolves outside the content folder",
                    "a file inside posts/ or media/");
        }
        Optional<Path> link = ContentLinks.firstLink(root, file);
        if (link.isPresent()) {
            throw UploadRefusal.badRequest("target " + UploadChars.quote(relative) + (link.get().equals(file)
                    ? " is a symbolic link" : " goes through the symbolic link "
                    + UploadChars.quote(root.relativize(link.get()).toString())), ContentLinks.EXPECTED);
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw UploadRefusal.conflict("target " + UploadChars.quote(relative) + " is a folder", "a file name that is free or holds a file");
        }
        return file;
    }

    /** Writes {@code bytes} to {@code file} atomically; true when it replaced an existing file. */
    boolean write(Path file, byte[] bytes) throws IOException, UploadRefusal {
        Path folder = Files.createDirectories(file.getParent());
        if (!folder.toRealPath().startsWith(root.toRealPath())) {
            throw UploadRefusal.badRequest("folder " + UploadChars.quote(root.relativize(folder).toString())
                    + " resolves outside the content folder", "real folders only; uploads never follow links");
        }
        boolean replaced = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        Path temp = Files.createTempFile(folder, TEMP_PREFIX, ".tmp");
        try {
            writeSynced(temp, bytes);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder(folder);
        return replaced;
    }

    private static void writeSynced(Path temp, byte[] bytes) throws IOException {
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; the rename is still atomic there.
        }
    }
}
