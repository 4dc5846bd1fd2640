package dev.alphanode.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fields other engines name their own way, read from a post's meta (where they stay as written,
 * under their own key): the categories taxonomy and the author line.
 */
public final class EngineFields {

    /** The keys a post gives categories under, in the order they are read. */
    static final List<String> CATEGORY_KEYS = List.of("categories", "category");
    private static final List<String> AUTHOR_KEYS = List.of("author", "authors", "by");

    private EngineFields() {
    }

    /** The key of Zola's taxonomy table ({@code [taxonomies]} with {@code tags = […]}, {@code categories = […]}). */
    static final String TAXONOMIES_KEY = "taxonomies";

    /**
     * {@code categories} then {@code category}, as the reader stored them (term lists), then Zola's
     * {@code taxonomies.categories}, each name once.
     */
    static List<String> categories(Map<String, Object> meta) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : CATEGORY_KEYS) {
            if (meta.get(key) instanceof List<?> list) {
                list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(names::add);
            }
        }
        names.addAll(taxonomy(meta, "categories"));
        return new ArrayList<>(names);
    }

    /** The top-level tags, then Zola's {@code taxonomies.tags}, each name once. */
    static List<String> tags(List<String> tags, Map<String, Object> meta) {
        Set<String> names = new LinkedHashSet<>(tags);
        names.addAll(taxonomy(meta, "tags"));
        return new ArrayList<>(names);
    }

    /**
     * The names of one Zola taxonomy ({@code taxonomies.NAME}): text items, stripped, not blank and
     * within {@link ContentLimits#NAME_CHARS}, the first {@link ContentLimits#TERMS_PER_LIST}; any
     * other value lists nothing (it stays shown in the meta box as written).
     */
    static List<String> taxonomy(Map<String, Object> meta, String name) {
        if (!(meta.get(TAXONOMIES_KEY) instanceof Map<?, ?> taxonomies) || !(taxonomies.get(name) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(item -> ((String) item).strip())
                .filter(item -> !item.isEmpty() && item.length() <= ContentLimits.NAME_CHARS)
                .limit(ContentLimits.TERMS_PER_LIST).toList();
    }

    /**
     * {@code author}, {@code authors} and {@code by}: a name, a list of names, or a map with a
     * {@code name} (Hugo themes write {@code author: {name: …}}); blank names left out, each once.
     */
    static List<String> authors(Map<String, Object> meta) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : AUTHOR_KEYS) {
            addNames(meta.get(key), names);
        }
        return new ArrayList<>(names);
    }

    private static void addNames(Object value, Set<String> names) {
        if (value instanceof List<?> list) {
            list.forEach(item -> addName(item, names));
        } else {
            addName(value, names);
        }
    }

    private static void addName(Object value, Set<String> names) {
        Object name = value instanceof Map<?, ?> map ? map.get("name") : value;
        if (name instanceof String text && !text.isBlank()) {
            names.add(text.strip());
        }
    }

    /** The names as a reader says them: {@code A}, {@code A and B}, {@code A, B and C}. */
    public static String joined(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
