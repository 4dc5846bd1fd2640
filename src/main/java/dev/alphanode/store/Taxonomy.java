package dev.alphanode.store;

import dev.alphanode.content.Post;
import java.util.List;

/** The taxonomies posts are grouped by; {@code routePrefix} is null where the site has no listing. */
public enum Taxonomy {
    TOPIC("topic", "/topics/", "Topic"),
    STACK("stack", "/stacks/", "Stack"),
    TOOL("tool", null, "Tool"),
    TAG("tag", "/tags/", "Tag");

    private final String column;
    private final String routePrefix;
    private final String label;

    Taxonomy(String column, String routePrefix, String label) {
        this.column = column;
        this.routePrefix = routePrefix;
        this.label = label;
    }

    public String column() {
        return column;
    }

    public String routePrefix() {
        return routePrefix;
    }

    public String label() {
        return label;
    }

    public List<String> termsOf(Post post) {
        return switch (this) {
            case TOPIC -> post.topic().stream().toList();
            case STACK -> post.stack();
            case TOOL -> post.tools();
            case TAG -> post.tags();
        };
    }
}
