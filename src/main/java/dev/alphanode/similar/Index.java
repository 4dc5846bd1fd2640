package dev.alphanode.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-memory inverted index over published posts: int ids, posting lists per text term and
 * keyword, and queries that accumulate a post's overlap with every post it shares something with
 * (cost grows with shared terms, not with the square of the post count). Not thread-safe for
 * writes; concurrent queries need one {@link Scratch} each.
 */
final class Index {
    private final Snapshot snapshot;
    private final int cutoff;
    private final Vocabulary texts = new Vocabulary();
    private final Vocabulary keywords = new Vocabulary();
    private final IntList keywordKinds = new IntList();
    private final Map<String, Integer> ids = new HashMap<>();
    private final IntList free = new IntList();
    private Doc[] docs = new Doc[64];
    /** 1/sqrt(kept keywords) per doc and kind, flat so that bounding thousands of candidates stays in cache. */
    private double[] inverseRoots = new double[64 * Kinds.COUNT];
    private int capacity;
    private double maxNorm;

    Index(Snapshot snapshot, Tuning tuning) {
        this.snapshot = snapshot;
        this.cutoff = tuning.cutoff(snapshot.posts());
    }

    static Index of(Snapshot snapshot, Tuning tuning, List<PostRow> rows) {
        Index index = new Index(snapshot, tuning);
        rows.forEach(index::add);
        return index;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    int capacity() {
        return capacity;
    }

    int size() {
        return ids.size();
    }

    /** The id of a published post, or -1. */
    int id(String slug) {
        return ids.getOrDefault(slug, -1);
    }

    Doc doc(int id) {
        return docs[id];
    }

    Collection<String> slugs() {
        return ids.keySet();
    }

    /** Adds (or replaces) a published post. */
    void add(PostRow row) {
        remove(row.slug());
        int id = free.size() > 0 ? free.removeLast() : capacity++;
        if (id == docs.length) {
            docs = Arrays.copyOf(docs, docs.length * 2);
            inverseRoots = Arrays.copyOf(inverseRoots, docs.length * Kinds.COUNT);
        }
        Doc doc = vectorise(row);
        docs[id] = doc;
        for (int kind = 0; kind < Kinds.COUNT; kind++) {
            int size = doc.kindSizes()[kind];
            inverseRoots[id * Kinds.COUNT + kind] = size == 0 ? 0 : 1 / Math.sqrt(size);
        }
        maxNorm = Math.max(maxNorm, Math.sqrt((double) doc.normSquared()));
        ids.put(row.slug(), id);
        for (int i = 0; i < doc.terms().length; i++) {
            texts.postings(doc.terms()[i]).add(id, doc.termWeights()[i]);
        }
        for (int keyword : doc.keywords()) {
            keywords.postings(keyword).add(id, 1);
        }
    }

    void remove(String slug) {
        Integer id = ids.remove(slug);
        if (id == null) {
            return;
        }
        Doc doc = docs[id];
        for (int term : doc.terms()) {
            texts.postings(term).remove(id);
        }
        for (int keyword : doc.keywords()) {
            keywords.postings(keyword).remove(id);
        }
        docs[id] = null;
        free.add(id);
    }

    /** Fills {@code scratch} with every post sharing a kept term or keyword with {@code a} (a itself included). */
    void accumulate(int a, Weights weights, Scratch scratch) {
        accumulateKeywords(a, weights, scratch);
        Doc doc = docs[a];
        if (weights.text() > 0) {
            for (int i = 0; i < doc.terms().length; i++) {
                Postings postings = texts.postings(doc.terms()[i]);
                long weight = doc.termWeights()[i];
                int[] others = postings.docs.raw();
                int[] otherWeights = postings.weights.raw();
                for (int j = 0, n = postings.docs.size(); j < n; j++) {
                    scratch.addDot(others[j], weight * otherWeights[j]);
                }
            }
        }
    }

    /** Like {@link #accumulate} for keywords only; text dot products stay zero. */
    void accumulateKeywords(int a, Weights weights, Scratch scratch) {
        scratch.begin(capacity, texts.size());
        for (int keyword : docs[a].keywords()) {
            int kind = keywordKinds.get(keyword);
            if (weights.ofKind(kind) > 0) {
                IntList others = keywords.postings(keyword).docs;
                int[] raw = others.raw();
                for (int j = 0, n = others.size(); j < n; j++) {
                    scratch.addShared(raw[j], kind);
                }
            }
        }
    }

    /** An upper bound of the text part of any pair with {@code a} (Cauchy-Schwarz on the integer vectors). */
    double textBound(int a, Weights weights) {
        return Formula.textPart(weights.text(), 1) * Math.sqrt((double) docs[a].normSquared()) * maxNorm;
    }

    /** Per kind, weight / sqrt(kept keywords of {@code a}): {@link #keywordBound} for {@code a}'s candidates. */
    void boundFactors(int a, Weights weights, double[] factors) {
        for (int kind = 0; kind < Kinds.COUNT; kind++) {
            factors[kind] = weights.ofKind(kind) * inverseRoots[a * Kinds.COUNT + kind];
        }
    }

    /**
     * An upper bound (up to rounding) of the keyword parts of a pair, after {@link #accumulateKeywords}
     * and {@link #boundFactors}.
     */
    double keywordBound(int b, double[] factors, Scratch scratch) {
        int o = b * Kinds.COUNT;
        int[] shared = scratch.shared;
        return factors[0] * shared[o] * inverseRoots[o] + factors[1] * shared[o + 1] * inverseRoots[o + 1]
                + factors[2] * shared[o + 2] * inverseRoots[o + 2] + factors[3] * shared[o + 3] * inverseRoots[o + 3];
    }

    /** Spreads {@code a}'s text weights over {@code scratch.dense} for {@link #exact}. */
    void spreadText(int a, Scratch scratch) {
        Doc doc = docs[a];
        for (int i = 0; i < doc.terms().length; i++) {
            scratch.dense[doc.terms()[i]] = doc.termWeights()[i];
        }
    }

    void clearText(int a, Scratch scratch) {
        for (int term : docs[a].terms()) {
            scratch.dense[term] = 0;
        }
    }

    /** The exact score of {@code a} and {@code b} after {@link #accumulateKeywords} and {@link #spreadText}. */
    double exact(int a, int b, Weights weights, Scratch scratch) {
        Doc y = docs[b];
        long dot = 0;
        for (int i = 0; i < y.terms().length; i++) {
            dot += (long) scratch.dense[y.terms()[i]] * y.termWeights()[i];
        }
        scratch.dot[b] = dot;
        return total(a, b, weights, scratch);
    }

    /** The score of {@code a} and {@code b} after {@link #accumulate} for {@code a}; allocates nothing. */
    double total(int a, int b, Weights weights, Scratch scratch) {
        Doc x = docs[a];
        Doc y = docs[b];
        int offset = b * Kinds.COUNT;
        return Formula.total(part(Kinds.TOPIC, weights, scratch.shared, offset, x, y),
                part(Kinds.STACK, weights, scratch.shared, offset, x, y),
                part(Kinds.TOOL, weights, scratch.shared, offset, x, y),
                part(Kinds.TAG, weights, scratch.shared, offset, x, y),
                Formula.textPart(weights.text(), scratch.dot[b]));
    }

    Neighbour neighbour(int a, int b, Weights weights, Scratch scratch) {
        return neighbour(a, b, weights, scratch.dot[b], scratch.shared, b * Kinds.COUNT);
    }

    /** The score of a pair by merging the two posts' vectors: the reference for {@link #accumulate}. */
    Neighbour pair(int a, int b, Weights weights) {
        Doc x = docs[a];
        Doc y = docs[b];
        long dot = 0;
        for (int i = 0, j = 0; i < x.terms().length && j < y.terms().length; ) {
            int order = Integer.compare(x.terms()[i], y.terms()[j]);
            if (order == 0) {
                dot += (long) x.termWeights()[i++] * y.termWeights()[j++];
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        int[] shared = new int[Kinds.COUNT];
        for (int keyword : x.keywords()) {
            if (Arrays.binarySearch(y.keywords(), keyword) >= 0) {
                shared[keywordKinds.get(keyword)]++;
            }
        }
        return neighbour(a, b, weights, dot, shared, 0);
    }

    /** Whether post {@code x} with score {@code sx} comes before {@code y} with {@code sy} in a list. */
    boolean before(int x, double sx, int y, double sy) {
        if (sx != sy) {
            return sx > sy;
        }
        if (docs[x].epochDay() != docs[y].epochDay()) {
            return docs[x].epochDay() > docs[y].epochDay();
        }
        return docs[x].slug().compareTo(docs[y].slug()) < 0;
    }

    /** Shared keywords ({@code kind/slug}), then shared text terms by contribution, at most {@code limit} in all. */
    List<String> sharedTerms(int a, int b, int limit) {
        return new SharedTerms(docs[a], docs[b], texts, keywords).list(limit);
    }

    private Neighbour neighbour(int a, int b, Weights weights, long dot, int[] shared, int offset) {
        Doc x = docs[a];
        Doc y = docs[b];
        double topic = part(Kinds.TOPIC, weights, shared, offset, x, y);
        double stack = part(Kinds.STACK, weights, shared, offset, x, y);
        double tools = part(Kinds.TOOL, weights, shared, offset, x, y);
        double tags = part(Kinds.TAG, weights, shared, offset, x, y);
        double text = Formula.textPart(weights.text(), dot);
        return new Neighbour(y.slug(), Formula.total(topic, stack, tools, tags, text), topic, stack, tools, tags, text,
                y.cardHash());
    }

    private static double part(int kind, Weights weights, int[] shared, int offset, Doc x, Doc y) {
        return Formula.keywordPart(weights.ofKind(kind), shared[offset + kind], x.kindSizes()[kind],
                y.kindSizes()[kind]);
    }

    private Doc vectorise(PostRow row) {
        TextVector vector = TextVector.of(row.text(), snapshot, cutoff, texts);
        List<Integer> kept = new ArrayList<>();
        int[] sizes = new int[Kinds.COUNT];
        for (String key : row.keywords()) {
            int kind = Kinds.of(key);
            if (kind >= 0 && snapshot.df(key) <= cutoff) {
                int id = keywords.id(key);
                if (id == keywordKinds.size()) {
                    keywordKinds.add(kind);
                }
                kept.add(id);
                sizes[kind]++;
            }
        }
        int[] keywordIds = kept.stream().mapToInt(Integer::intValue).sorted().toArray();
        long normSquared = 0;
        for (int weight : vector.weights()) {
            normSquared += (long) weight * weight;
        }
        return new Doc(row.slug(), row.contentHash(), row.cardHash(), row.epochDay(), vector.terms(), vector.weights(),
                normSquared, keywordIds, sizes);
    }
}
