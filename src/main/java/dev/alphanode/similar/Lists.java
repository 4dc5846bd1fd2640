package dev.alphanode.similar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The stored similar lists held in memory, with the reverse map: which lists a post is on. */
final class Lists {
    private final Map<String, List<Neighbour>> lists = new HashMap<>();
    private final Map<String, Set<String>> holders = new HashMap<>();

    static Lists of(Map<String, List<Neighbour>> lists) {
        Lists result = new Lists();
        lists.forEach(result::put);
        return result;
    }

    /** The list of {@code slug}; empty when it has none. */
    List<Neighbour> get(String slug) {
        return lists.getOrDefault(slug, List.of());
    }

    /** The posts whose list holds {@code slug}. */
    Set<String> holdersOf(String slug) {
        return holders.getOrDefault(slug, Set.of());
    }

    Set<String> owners() {
        return lists.keySet();
    }

    void put(String slug, List<Neighbour> list) {
        remove(slug);
        if (!list.isEmpty()) {
            lists.put(slug, List.copyOf(list));
            list.forEach(neighbour -> holders.computeIfAbsent(neighbour.slug(), s -> new HashSet<>()).add(slug));
        }
    }

    void remove(String slug) {
        List<Neighbour> old = lists.remove(slug);
        if (old == null) {
            return;
        }
        for (Neighbour neighbour : old) {
            Set<String> of = holders.get(neighbour.slug());
            of.remove(slug);
            if (of.isEmpty()) {
                holders.remove(neighbour.slug());
            }
        }
    }
}
