package dev.alphanode.store;

import dev.alphanode.content.Post;
import java.util.List;

/** The taxonomies posts are grouped by; {@code listed} where the site has a listing per term (see Route). */
public enum Taxonomy {
    TOPIC("topic", true, "Topic"),
    STACK("stack", true, "Stack"),
    TOOL("tool", false, "Tool"),
    TAG("tag", true, "Tag"),
    CATEGORY("category", true, "Category");

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

    /** A term of a listed taxonomy as a post gives it: the name as the post spells it and its (non-empty) slug. */
    public record Term(Taxonomy taxonomy, String name, String slug) {
    }

    /** The post's terms of every listed taxonomy, in taxonomy and post order; names without slug characters left out. */
    public static List<Term> listedTerms(Post post) {
        List<Term> terms = new java.util.ArrayList<>();
        for (Taxonomy taxonomy : values()) {
            if (taxonomy.listed) {
                for (String name : taxonomy.termsOf(post)) {
                    String slug = dev.alphanode.content.Slugs.slugify(name);
                    if (!slug.isEmpty()) {
                        terms.add(new Term(taxonomy, name, slug));
                    }
                }
            }
        }
        return terms;
    }

    public List<String> termsOf(Post post) {
        return switch (this) {
            case TOPIC -> post.topic().stream().toList();
            case STACK -> post.stack();
            case TOOL -> post.tools();
            case TAG -> post.tags();
            case CATEGORY -> post.categories();
        };
    }
}
