package dev.alphanode.store;

import dev.alphanode.content.Post;
import java.util.List;

/** The taxonomies posts are grouped by; {@code listed} where the site has a listing per term (see Route). */
public enum Taxonomy {
    TOPIC("topic", true, "Topic"),
    STACK("stack", true, "Stack"),
    TOOL("tool", false, "Tool"),
    TAG("tag", true, "Tag");

    private final String column;
    private final boolean listed;
    private final String label;

    Taxonomy(String column, boolean listed, String label) {
        this.column = column;
        this.listed = listed;
        this.label = label;
    }

    public String column() {
        return column;
    }

    public boolean listed() {
        return listed;
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
