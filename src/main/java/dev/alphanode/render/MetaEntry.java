package dev.alphanode.render;

/** One labelled row of the post meta box, or one {@code key: value} item of a nested map. */
public record MetaEntry(String name, String label, MetaValue value) {
}
