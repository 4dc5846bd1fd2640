package dev.alphanode.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ANP_REDIS_URL}, read once: one Redis server ({@code redis://}, {@code rediss://}), a Sentinel
 * group that names the master ({@code redis-sentinel://}), or seed nodes of a Redis Cluster
 * ({@code redis-cluster://}). The one place that knows the forms, for the settings check and for
 * the client that connects.
 */
public final class RedisUrl {
    public enum Kind { SERVER, SENTINEL, CLUSTER }

    /** One {@code host:port} of a Sentinel group or a cluster. */
    public record Node(String host, int port) {
    }

    static final String EXPECTED = "redis://host:port[/db], rediss://host:port[/db],"
            + " redis-sentinel://host:port[,host:port…]?sentinelMasterId=NAME,"
            + " redis-cluster://host:port[,host:port…], or unset for an embedded Redis";
    private static final String CLUSTER = "redis-cluster://host:port[,host:port…]"
            + " (one or more seed nodes of the cluster; no database number, query or fragment)";
    private static final String SENTINEL = "redis-sentinel://host:port[,host:port…][/db]?sentinelMasterId=NAME"
            + " (or …#NAME: the sentinels and the name of the master they watch)";

    private RedisUrl() {
    }

    static URI parse(String value) {
        String text = value.trim();
        String scheme = text.contains("://") ? text.substring(0, text.indexOf("://")).toLowerCase(Locale.ROOT) : "";
        URI uri = uri(text).orElseThrow(() -> new ConfigException("ANP_REDIS_URL", value, expectedFor(scheme)));
        boolean valid = switch (scheme) {
            case "redis", "rediss" -> uri.getHost() != null;
            case "redis-sentinel" -> nodes(uri).isPresent() && masterId(uri).isPresent();
            case "redis-cluster" -> nodes(uri).isPresent() && empty(uri.getRawPath()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
            default -> false;
        };
        if (!valid) {
            throw new ConfigException("ANP_REDIS_URL", value, expectedFor(scheme));
        }
        return uri;
    }

    public static Kind kind(URI uri) {
        return switch (uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "redis-sentinel" -> Kind.SENTINEL;
            case "redis-cluster" -> Kind.CLUSTER;
            default -> Kind.SERVER;
        };
    }

    /** The cluster's seed nodes (a URL that {@link #parse} accepted). */
    public static List<Node> clusterNodes(URI uri) {
        return nodes(uri).orElseThrow(() -> new IllegalArgumentException("not a redis-cluster:// URL: " + uri));
    }

    /** {@code user:password} or {@code :password} before the nodes, if given. */
    public static Optional<String> userInfo(URI uri) {
        return Optional.ofNullable(uri.getRawAuthority()).filter(authority -> authority.contains("@"))
                .map(authority -> authority.substring(0, authority.lastIndexOf('@')));
    }

    private static String expectedFor(String scheme) {
        return switch (scheme) {
            case "redis-cluster" -> CLUSTER;
            case "redis-sentinel" -> SENTINEL;
            default -> EXPECTED;
        };
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean empty(String path) {
        return path == null || path.isEmpty() || path.equals("/");
    }

    private static Optional<String> masterId(URI uri) {
        Optional<String> fragment = Optional.ofNullable(uri.getFragment()).filter(id -> !id.isBlank());
        return fragment.or(() -> Optional.ofNullable(uri.getQuery()).stream()
                .flatMap(query -> List.of(query.split("&")).stream())
                .filter(pair -> pair.startsWith("sentinelMasterId=") && pair.length() > "sentinelMasterId=".length())
                .map(pair -> pair.substring("sentinelMasterId=".length())).findFirst());
    }

    /** {@code host:port[,host:port…]} after any user info; empty when any part is not one. */
    private static Optional<List<Node>> nodes(URI uri) {
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return Optional.empty();
        }
        List<Node> nodes = new ArrayList<>();
        for (String part : authority.substring(authority.lastIndexOf('@') + 1).split(",", -1)) {
            int colon = part.lastIndexOf(':');
            if (colon <= 0 || !part.substring(0, colon).matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+]")) {
                return Optional.empty();
            }
            try {
                int port = Integer.parseInt(part.substring(colon + 1));
                if (port < 1 || port > 65_535) {
                    return Optional.empty();
                }
                nodes.add(new Node(part.substring(0, colon).replaceAll("^\\[|]$", ""), port));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(nodes));
    }
}
