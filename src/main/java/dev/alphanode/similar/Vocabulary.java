package dev.alphanode.similar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms (or keywords) ↔ dense int ids, each with its document frequency over the indexed posts, its
 * posting list and the posts that hold it without a posting (cut, or a weight that rounds to 0).
 * Ids are never reused.
 */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final List<Postings> postings = new ArrayList<>();
    private final List<IntList> unposted = new ArrayList<>();
    private final IntList df = new IntList();

    /** The id of {@code term}, assigned on first sight. */
    int id(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        ids.put(term, terms.size());
        terms.add(term);
        postings.add(new Postings());
        unposted.add(new IntList());
        df.add(0);
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

    IntList unposted(int id) {
        return unposted.get(id);
    }

    int df(int id) {
        return df.get(id);
    }

    void count(int id, int delta) {
        df.set(id, df.get(id) + delta);
    }

    /** Adds every post holding term {@code id}, with a posting or without, to {@code into}. */
    void holders(int id, Collection<Integer> into) {
        IntList posted = postings.get(id).docs;
        for (int i = 0; i < posted.size(); i++) {
            into.add(posted.get(i));
        }
        IntList others = unposted.get(id);
        for (int i = 0; i < others.size(); i++) {
            into.add(others.get(i));
        }
    }
}
