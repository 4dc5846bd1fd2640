package dev.alphanode;

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
    private static final String FILE_PREFIX = "jdbc:h2:file:";

    private RuntimeFiles() {
    }

    static Optional<Path> redisUrlFile(String dbUrl) {
        String url = dbUrl;
        if (!url.startsWith(FILE_PREFIX)) {
            return Optional.empty();
        }
        String path = url.substring(FILE_PREFIX.length()).split(";", 2)[0];
        Path parent = Path.of(path).toAbsolutePath().getParent();
        return Optional.ofNullable(parent).map(dir -> dir.resolve("redis.url"));
    }

    static void writeRedisUrl(String dbUrl, URI uri) {
        redisUrlFile(dbUrl).ifPresent(file -> {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, uri + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("writing " + file + " failed", e);
            }
        });
    }

    /** The embedded Redis's process id, so a start after a crash can stop the one left running. */
    static void writeRedisPid(String dbUrl, long pid) {
        redisUrlFile(dbUrl).map(file -> file.resolveSibling("redis.pid")).ifPresent(file -> {
            try {
                Files.writeString(file, pid + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("writing " + file + " failed", e);
            }
        });
    }

    static Optional<Long> readRedisPid(String dbUrl) {
        return redisUrlFile(dbUrl).map(file -> file.resolveSibling("redis.pid")).filter(Files::isRegularFile)
                .flatMap(file -> {
                    try {
                        return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip()));
                    } catch (IOException | NumberFormatException e) {
                        return Optional.empty();
                    }
                });
    }

    static Optional<URI> readRedisUrl(String dbUrl) {
        return redisUrlFile(dbUrl).filter(Files::isRegularFile).map(file -> {
            try {
                return URI.create(Files.readString(file, StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("reading " + file + " failed", e);
            }
        });
    }
}
