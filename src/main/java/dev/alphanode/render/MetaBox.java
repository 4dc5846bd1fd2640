package dev.alphanode.render;

import dev.alphanode.content.Slugs;
import dev.alphanode.route.Route;
import dev.alphanode.store.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shapes a post's front matter for the meta box: every field, lists as lists, maps as nested
 * lists, taxonomy terms as links to their listings. Labels follow the seeds ("ai outline").
 */
public final class MetaBox {
    private static final Map<String, String> LABELS = Map.of(
            "outline", "ai outline",
            "brief", "ai brief",
            "images", "image sources");
    private static final Map<String, Taxonomy> LINKED = Map.of(
            "topic", Taxonomy.TOPIC,
            "stack", Taxonomy.STACK,
            "tags", Taxonomy.TAG,
            "categories", Taxonomy.CATEGORY,
            "category", Taxonomy.CATEGORY);

    private MetaBox() {
    }

    public static List<MetaEntry> entries(Map<String, Object> meta) {
        List<MetaEntry> entries = new ArrayList<>();
        meta.forEach((name, value) -> entries.add(
                new MetaEntry(name, LABELS.getOrDefault(name, label(name)), value(value, LINKED.get(name)))));
        return entries;
    }

    private static MetaValue value(Object value, Taxonomy linked) {
        if (value instanceof List<?> list) {
            return MetaValue.list(list.stream().map(item -> value(item, linked)).toList());
        }
        if (value instanceof Map<?, ?> map) {
            List<MetaEntry> entries = new ArrayList<>();
            map.forEach((key, item) -> entries.add(
                    new MetaEntry(String.valueOf(key), label(String.valueOf(key)), value(item, null))));
            return MetaValue.map(entries);
        }
        String text = value == null ? "" : String.valueOf(value);
        String slug = linked == null ? "" : Slugs.slugify(text);
        if (!slug.isEmpty()) {
            return MetaValue.link(text, Route.term(linked, slug).path());
        }
        return MetaValue.text(text);
    }

    private static String label(String key) {
        return key.replace('_', ' ');
    }
}
