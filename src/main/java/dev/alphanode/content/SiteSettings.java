package dev.alphanode.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code content/site.yml}: every key optional, defaults below. {@code similarWeights} always
 * holds the keys topic, stack, tools, tags and text.
 */
public record SiteSettings(String title, String description, int postsPerPage, int similarPosts,
                           List<NavItem> nav, long cacheTtlSeconds, Map<String, Double> similarWeights) {

    public record NavItem(String title, String url) {
    }

    public static final Map<String, Double> DEFAULT_SIMILAR_WEIGHTS = defaultWeights();

    public SiteSettings {
        nav = List.copyOf(nav);
        var weights = new LinkedHashMap<>(DEFAULT_SIMILAR_WEIGHTS);
        weights.putAll(similarWeights);
        similarWeights = java.util.Collections.unmodifiableMap(weights);
    }

    public static SiteSettings defaults() {
        return new SiteSettings("alphanode", "Programming notes that stay fresh.", 10, 5,
                List.of(new NavItem("Home", "/")), 86_400, Map.of());
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
