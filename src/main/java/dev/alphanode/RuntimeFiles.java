package dev.alphanode;

import dev.alphanode.store.Database;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a running site leaves the address of its embedded Redis ({@code redis.url} beside the H2
 * file), so that {@code purge} run with the same settings finds it.
 */
final class RuntimeFiles {
    private RuntimeFiles() {
    }

    static Optional<Path> redisUrlFile(String dbUrl) {
        return beside(dbUrl, "redis.url");
    }

    static void writeRedisUrl(String dbUrl, URI uri) {
        write(dbUrl, "redis.url", uri.toString());
    }

    static Optional<URI> readRedisUrl(String dbUrl) {
        return read(dbUrl, "redis.url").map(URI::create);
    }

    /** The embedded Redis's process id, so a start after a crash can stop the one left running. */
    static void writeRedisPid(String dbUrl, long pid) {
        write(dbUrl, "redis.pid", Long.toString(pid));
    }

    static Optional<Long> readRedisPid(String dbUrl) {
        try {
            return read(dbUrl, "redis.pid").map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A file beside the H2 file of a {@code jdbc:h2:file:} URL; empty for other URLs. */
    private static Optional<Path> beside(String dbUrl, String name) {
        return Database.file(dbUrl).map(file -> file.resolveSibling(name));
    }

    private static void write(String dbUrl, String name, String text) {
        beside(dbUrl, name).ifPresent(file -> {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("writing " + file + " failed", e);
            }
        });
    }

    private static Optional<String> read(String dbUrl, String name) {
        return beside(dbUrl, name).filter(Files::isRegularFile).map(file -> {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("reading " + file + " failed", e);
            }
        });
    }
}
