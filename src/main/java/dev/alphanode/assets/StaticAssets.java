package dev.alphanode.assets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every file of {@code static/} (from the jar, or from an on-disk folder for theme work), read once at
 * start-up and fingerprinted: pages link to {@code /static/css/site.<hash>.css}, which may be cached forever,
 * and the fingerprint of all of them is part of the cache's release key. One answer to "which bytes does
 * this {@code /static/} path name?" ({@link #find}).
 */
public final class StaticAssets {
    public static final String PREFIX = "/static/";
    static final int HASH_LENGTH = 10;
    private static final Pattern HASHED = Pattern.compile("(.*)\\.([0-9a-f]{" + HASH_LENGTH + "})(\\.[^./]+)?");

    private final Map<String, Asset> byPath;
    private final String fingerprint;

    private StaticAssets(Map<String, Asset> byPath) {
        this.byPath = Map.copyOf(byPath);
        this.fingerprint = fingerprint(new TreeMap<>(byPath));
    }

    /** What a {@code /static/} path names. */
    public sealed interface Found {
        /** A hashed URL whose hash is the file's current one: the same bytes forever. */
        record Current(Asset asset) implements Found {
        }

        /** An unhashed URL, as old links and hand-written pages use: the file's bytes of today. */
        record Plain(Asset asset) implements Found {
        }

        /** A hashed URL of a file whose bytes have another hash now (an older or newer release), or no file at all. */
        record Nothing() implements Found {
        }
    }

    /** The files packaged into the jar under {@code static/} (or {@code target/classes/static/} when run from the build). */
    public static StaticAssets fromJar() {
        Path location;
        try {
            location = Path.of(StaticAssets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar holding static/: " + e.getMessage(), e);
        }
        if (Files.isDirectory(location)) {
            return fromDirectory(location.resolve("static"));
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return read(jar.getPath("/static"));
        } catch (IOException e) {
            throw new UncheckedIOException("reading static/ from " + location + " failed", e);
        }
    }

    /** The files of an on-disk {@code static/} folder ({@code ANP_STATIC_DIR}), read now: edits need a restart. */
    public static StaticAssets fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("static/ folder " + dir + " is missing (expected the site's css/js/img files)");
        }
        return read(dir);
    }

    private static StaticAssets read(Path root) {
        Map<String, Asset> assets = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (path.startsWith(".") || path.contains("/.")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
                assets.put(path, new Asset(path, hash(bytes), bytes, modified));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading static files under " + root + " failed", e);
        }
        return new StaticAssets(assets);
    }

    /** What {@code path} (relative to {@code /static/}) names: an existing file wins over a hashed reading of its name. */
    public Found find(String path) {
        Asset plain = byPath.get(path);
        if (plain != null) {
            return new Found.Plain(plain);
        }
        Matcher hashed = HASHED.matcher(path);
        if (hashed.matches()) {
            Asset asset = byPath.get(hashed.group(1) + Optional.ofNullable(hashed.group(3)).orElse(""));
            if (asset != null && asset.hash().equals(hashed.group(2))) {
                return new Found.Current(asset);
            }
        }
        return new Found.Nothing();
    }

    /**
     * The hashed URL of a site path under {@code /static/}; any other link, or a static path with no file
     * behind it, unchanged (so a typo in a template shows as a 404 in the browser, not a broken page).
     */
    public String link(String href) {
        if (!href.startsWith(PREFIX)) {
            return href;
        }
        int cut = indexOfAny(href, "?#");
        Asset asset = byPath.get(href.substring(PREFIX.length(), cut));
        return asset == null ? href : asset.url() + href.substring(cut);
    }

    /** SHA-256 over every file's path and hash: changes whenever any file's bytes (or the set of files) do. */
    public String fingerprint() {
        return fingerprint;
    }

    public int size() {
        return byPath.size();
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String fingerprint(Map<String, Asset> sorted) {
        MessageDigest digest = sha256();
        sorted.forEach((path, asset) -> {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(asset.hash().getBytes(StandardCharsets.US_ASCII));
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, HASH_LENGTH);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
