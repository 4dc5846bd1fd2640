package dev.alphanode.render;

import java.util.List;

/**
 * A front-matter value shaped for the meta box: {@code text} (escaped text), {@code link}
 * (text + site-built href), {@code list} (items, rendered as {@code <ul>}) or {@code map}
 * (entries, rendered as a nested {@code <ul>} of {@code label: value}).
 */
public record MetaValue(String kind, String text, String href, List<MetaValue> items, List<MetaEntry> entries) {

    public static MetaValue text(String text) {
        return new MetaValue("text", text, null, List.of(), List.of());
    }

    public static MetaValue link(String text, String href) {
        return new MetaValue("link", text, href, List.of(), List.of());
    }

    public static MetaValue list(List<MetaValue> items) {
        return new MetaValue("list", null, null, List.copyOf(items), List.of());
    }

    public static MetaValue map(List<MetaEntry> entries) {
        return new MetaValue("map", null, null, List.of(), List.copyOf(entries));
    }
}
