package dev.alphanode.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code content/site.yml}: every key optional, defaults below. {@code similarWeights} always
 * holds the keys topic, stack, tools, tags and text. {@code feedSize} is how many newest posts a
 * feed lists; {@code robotsDisallow} holds paths robots.txt can carry, in file order; {@code edge}
 * is how long a CDN or Varnish in front may keep a page.
 */
public record SiteSettings(String title, String description, int postsPerPage, int similarPosts,
                           List<NavItem> nav, long cacheTtlSeconds, Map<String, Double> similarWeights,
                           int feedSize, FeedContent feedContent, List<String> robotsDisallow, Edge edge) {

    public record NavItem(String title, String url) {
    }

    /**
     * How long an edge cache (a CDN, Varnish) may keep a page ({@code s-maxage}, site.yml
     * {@code edge_max_age}; 0 = not at all, as browsers) and serve it stale while it fetches a new
     * one ({@code stale-while-revalidate}, {@code edge_stale_while_revalidate}).
     */
    public record Edge(long maxAgeSeconds, long staleWhileRevalidateSeconds) {
        public static final Edge DEFAULT = new Edge(0, 60);

        public Edge {
            if (maxAgeSeconds < 0 || staleWhileRevalidateSeconds < 0) {
                throw new IllegalArgumentException("edge lifetimes are seconds from 0: " + maxAgeSeconds + ", "
                        + staleWhileRevalidateSeconds);
            }
        }
    }

    /** What a feed entry carries: the whole rendered post, or its summary. */
    public enum FeedContent {
        FULL, SUMMARY
    }

    public static final Map<String, Double> DEFAULT_SIMILAR_WEIGHTS = defaultWeights();

    public SiteSettings {
        nav = List.copyOf(nav);
        feedContent = Objects.requireNonNull(feedContent, "feedContent");
        edge = Objects.requireNonNull(edge, "edge");
        robotsDisallow = List.copyOf(robotsDisallow);
        var weights = new LinkedHashMap<>(DEFAULT_SIMILAR_WEIGHTS);
        weights.putAll(similarWeights);
        similarWeights = java.util.Collections.unmodifiableMap(weights);
    }

    public static SiteSettings defaults() {
        return new SiteSettings("alphanode", "Programming notes that stay fresh.", 10, 5,
                List.of(new NavItem("Home", "/")), 86_400, Map.of(), 20, FeedContent.FULL, List.of(),
                Edge.DEFAULT);
    }

    private static Map<String, Double> defaultWeights() {
        var weights = new LinkedHashMap<String, Double>();
        weights.put("topic", 4.0);
        weights.put("stack", 3.0);
        weights.put("tools", 2.0);
        weights.put("tags", 1.0);
        weights.put("text", 5.0);
        return java.util.Collections.unmodifiableMap(weights);
    }
}
