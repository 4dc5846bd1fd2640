package dev.alphanode.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Terms (or keywords) ↔ dense int ids, each with its posting list. Ids are never reused. */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final List<Postings> postings = new ArrayList<>();

    /** The id of {@code term}, assigned on first sight. */
    int id(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        ids.put(term, terms.size());
        terms.add(term);
        postings.add(new Postings());
        return terms.size() - 1;
    }

    int size() {
        return terms.size();
    }

    String term(int id) {
        return terms.get(id);
    }

    Postings postings(int id) {
        return postings.get(id);
    }
}
