package dev.alphanode.similar;

import dev.alphanode.store.PostSummary;
import dev.alphanode.store.SimilarTables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored lists, one per post. Pages read a list with the current cards of its entries; an entry
 * whose post is gone or a draft is skipped, as is the list of a draft.
 */
final class ListStore {
    private final SimilarTables tables;

    ListStore(SimilarTables tables) {
        this.tables = tables;
    }

    record Shown(Neighbour neighbour, PostSummary card) {
    }

    /** The first {@code limit} entries still shown (published), with their cards. */
    List<Shown> shown(String slug, int limit) {
        Optional<String> entries = tables.publishedList(slug);
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Neighbour> list = ListCodec.decode(entries.get());
        Map<String, PostSummary> cards = tables.publishedCards(list.stream().map(Neighbour::slug).toList());
        List<Shown> shown = new ArrayList<>();
        for (Neighbour n : list) {
            if (cards.containsKey(n.slug()) && shown.size() < limit) {
                shown.add(new Shown(n, cards.get(n.slug())));
            }
        }
        return shown;
    }

    /** Every stored list, by slug, exactly as stored. */
    Map<String, List<Neighbour>> readAll() {
        return tables.lists(ListCodec::decode);
    }

    /** Replaces the lists of {@code changed} (an empty list is deleted) and deletes those of {@code deleted}. */
    void write(Map<String, List<Neighbour>> changed, Collection<String> deleted) {
        tables.storeLists(writes(changed, deleted));
    }

    /** Like {@link #write(Map, Collection)}, with the state row they were computed with, in one transaction. */
    void write(SimilarTables.State state, Map<String, List<Neighbour>> changed, Collection<String> deleted) {
        tables.storeLists(state, writes(changed, deleted));
    }

    private static SimilarTables.ListWrites writes(Map<String, List<Neighbour>> changed, Collection<String> deleted) {
        List<String> delete = new ArrayList<>(deleted);
        Map<String, String> replace = new LinkedHashMap<>();
        for (Map.Entry<String, List<Neighbour>> list : changed.entrySet()) {
            if (list.getValue().isEmpty()) {
                delete.add(list.getKey());
            } else {
                replace.put(list.getKey(), ListCodec.encode(list.getValue()));
            }
        }
        return new SimilarTables.ListWrites(delete, replace);
    }
}
