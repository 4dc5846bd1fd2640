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

    /** {@code categories} then {@code category}, as the reader stored them (term lists), each name once. */
    static List<String> categories(Map<String, Object> meta) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : CATEGORY_KEYS) {
            if (meta.get(key) instanceof List<?> list) {
                list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(names::add);
            }
        }
        return new ArrayList<>(names);
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
