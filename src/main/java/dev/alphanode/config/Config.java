package dev.alphanode.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of a running site, read once from the environment ({@code ANP_*}) and
 * validated before anything starts. See README "Settings" for the table.
 */
public record Config(int port, Path contentDir, String dbUrl, Optional<URI> redisUrl, boolean cacheEnabled,
                     Optional<String> adminToken, URI baseUrl, Optional<Path> templatesDir, Watch watch,
                     Duration pollInterval, long uploadMaxBytes, Logs logs, Optional<EdgePurge> edgePurge,
                     Optional<Path> staticDir) {

    /** How content/ changes are noticed: file events, polling, or not at all. */
    public enum Watch { EVENTS, POLL, OFF }

    /** Log lines as text or one JSON object each, and the level of the one-line-per-request log. */
    public record Logs(boolean json, String requestLevel) {
        public static final Logs DEFAULT = new Logs(false, "INFO");
    }

    /**
     * Where purged routes are announced to an edge cache in front ({@code ANP_EDGE_PURGE_URL}) and how
     * ({@code ANP_EDGE_PURGE_MODE}): one request naming the routes' surrogate keys, or one {@code PURGE}
     * per route URL.
     */
    public record EdgePurge(URI url, Mode mode) {
        public enum Mode { KEYS, URLS }
    }

    /** Settings without an edge to purge, static files from the jar. */
    public Config(int port, Path contentDir, String dbUrl, Optional<URI> redisUrl, boolean cacheEnabled,
                  Optional<String> adminToken, URI baseUrl, Optional<Path> templatesDir, Watch watch,
                  Duration pollInterval, long uploadMaxBytes, Logs logs) {
        this(port, contentDir, dbUrl, redisUrl, cacheEnabled, adminToken, baseUrl, templatesDir, watch, pollInterval,
                uploadMaxBytes, logs, Optional.empty(), Optional.empty());
    }

    /** Settings for tests and embedding: file watching off, 5 MB uploads. */
    public Config(int port, Path contentDir, String dbUrl, Optional<URI> redisUrl, boolean cacheEnabled,
                  Optional<String> adminToken, URI baseUrl, Optional<Path> templatesDir) {
        this(port, contentDir, dbUrl, redisUrl, cacheEnabled, adminToken, baseUrl, templatesDir, Watch.OFF,
                Duration.ofSeconds(1), 5L * 1024 * 1024, Logs.DEFAULT);
    }

    /** {@code ANP_BASE_URL} when it is unset: what feeds and canonical links use on a developer's machine. */
    public static final URI DEFAULT_BASE_URL = URI.create("http://localhost:8080");

    /**
     * The base URL when the operator gave one: redirects send absolute {@code Location}s under it, and
     * site-relative ones otherwise, since a deployed site left on the default would send readers to localhost.
     */
    public Optional<URI> givenBaseUrl() {
        return baseUrl.equals(DEFAULT_BASE_URL) ? Optional.empty() : Optional.of(baseUrl);
    }

    public static Config fromEnv(Map<String, String> env) {
        Path cwd = Path.of("").toAbsolutePath();
        return new Config(
                port(env.get("ANP_PORT")),
                contentDir(env.get("ANP_CONTENT_DIR"), cwd),
                dbUrl(env.get("ANP_DB_URL"), cwd),
                redisUrl(env.get("ANP_REDIS_URL")),
                cache(env.get("ANP_CACHE")),
                adminToken(env.get("ANP_ADMIN_TOKEN")),
                baseUrl(env.get("ANP_BASE_URL")),
                templatesDir(env.get("ANP_TEMPLATES_DIR"), cwd),
                watch(env.get("ANP_WATCH")),
                Duration.ofMillis(number("ANP_WATCH_INTERVAL_MS", env.get("ANP_WATCH_INTERVAL_MS"), 1_000, 50, 3_600_000)),
                number("ANP_UPLOAD_MAX_BYTES", env.get("ANP_UPLOAD_MAX_BYTES"), 5L * 1024 * 1024, 1_024, 1L << 30),
                new Logs(logFormat(env.get("ANP_LOG_FORMAT")), requestLog(env.get("ANP_REQUEST_LOG"))),
                edgePurge(env.get("ANP_EDGE_PURGE_URL"), env.get("ANP_EDGE_PURGE_MODE")),
                staticDir(env.get("ANP_STATIC_DIR"), cwd));
    }

    static Optional<EdgePurge> edgePurge(String url, String mode) {
        EdgePurge.Mode how = edgePurgeMode(mode);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                String text = uri.toString();
                return Optional.of(new EdgePurge(URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text),
                        how));
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ConfigException("ANP_EDGE_PURGE_URL", url, "an absolute http(s) URL of the edge cache such as"
                + " http://varnish:6081, or unset for no edge purge");
    }

    private static EdgePurge.Mode edgePurgeMode(String value) {
        if (value == null || value.isBlank()) {
            return EdgePurge.Mode.KEYS;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "keys" -> EdgePurge.Mode.KEYS;
            case "urls" -> EdgePurge.Mode.URLS;
            default -> throw new ConfigException("ANP_EDGE_PURGE_MODE", value, "keys (one PURGE naming surrogate keys"
                    + " in xkey-purge) or urls (one PURGE per route URL)");
        };
    }

    /** The folder {@code check} reads when none is given: ANP_CONTENT_DIR or ./content (it reports a missing one itself). */
    public static Path checkDir(Map<String, String> env) {
        String value = env.get("ANP_CONTENT_DIR");
        return Path.of(value == null || value.isBlank() ? "content" : value.trim());
    }

    private static boolean logFormat(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new ConfigException("ANP_LOG_FORMAT", value, "text or json");
        };
    }

    private static String requestLog(String value) {
        if (value == null || value.isBlank()) {
            return "INFO";
        }
        String level = value.trim().toUpperCase(Locale.ROOT);
        if (!java.util.Set.of("OFF", "ERROR", "WARN", "INFO", "DEBUG", "TRACE").contains(level)) {
            throw new ConfigException("ANP_REQUEST_LOG", value, "INFO to log every request, WARN or OFF to silence them");
        }
        return level;
    }

    private static Watch watch(String value) {
        if (value == null || value.isBlank()) {
            return Watch.EVENTS;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "events" -> Watch.EVENTS;
            case "poll" -> Watch.POLL;
            case "off" -> Watch.OFF;
            default -> throw new ConfigException("ANP_WATCH", value, "events, poll or off");
        };
    }

    private static long number(String setting, String value, long fallback, long min, long max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(setting, value, "a whole number from " + min + " to " + max);
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return 8080;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("ANP_PORT", value, "a port number from 0 to 65535; 0 picks a free port");
    }

    private static Path contentDir(String value, Path cwd) {
        Path dir = cwd.resolve(value == null || value.isBlank() ? "content" : value.trim()).normalize();
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("ANP_CONTENT_DIR", dir.toString(), "an existing folder holding posts/ and site.yml");
        }
        return dir;
    }

    public static String dbUrl(String value, Path cwd) {
        if (value == null || value.isBlank()) {
            return "jdbc:h2:file:" + cwd.resolve("data").resolve("alphanode");
        }
        if (!value.startsWith("jdbc:h2:")) {
            throw new ConfigException("ANP_DB_URL", value, "an H2 JDBC URL such as jdbc:h2:file:/var/lib/alphanode/data/alphanode");
        }
        return value.trim();
    }

    public static Optional<URI> redisUrl(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(RedisUrl.parse(value));
    }

    private static boolean cache(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new ConfigException("ANP_CACHE", value, "on or off");
        };
    }

    private static Optional<String> adminToken(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() < 16 || value.chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException("ANP_ADMIN_TOKEN", "<hidden>", "at least 16 characters without spaces");
        }
        return Optional.of(value);
    }

    private static URI baseUrl(String value) {
        String url = value == null || value.isBlank() ? DEFAULT_BASE_URL.toString() : value.trim();
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ConfigException("ANP_BASE_URL", url, "an absolute http(s) URL such as https://example.com");
    }

    private static Optional<Path> templatesDir(String value, Path cwd) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path dir = cwd.resolve(value.trim()).normalize();
        if (!Files.isRegularFile(dir.resolve("layout.html"))) {
            throw new ConfigException("ANP_TEMPLATES_DIR", dir.toString(), "a folder holding layout.html, post.html, list.html and error.html");
        }
        return Optional.of(dir);
    }

    private static Optional<Path> staticDir(String value, Path cwd) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path dir = cwd.resolve(value.trim()).normalize();
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("ANP_STATIC_DIR", dir.toString(), "an existing folder of css/js/img files served under /static/");
        }
        return Optional.of(dir);
    }
}
