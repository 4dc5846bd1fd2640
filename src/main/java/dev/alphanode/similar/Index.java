package dev.alphanode.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory inverted index over published posts: int ids, posting lists per text term and
 * keyword, and queries that accumulate a post's overlap with every post it shares something with
 * (cost grows with shared terms, not with the square of the post count). Not thread-safe for
 * writes; concurrent queries need one {@link Scratch} each.
 */
final class Index {
    private final Tuning tuning;
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
    private int roundedPosts = Idf.posts(0);
    private int cutoff;

    Index(Tuning tuning) {
        this.tuning = tuning;
        this.cutoff = tuning.cutoff(roundedPosts);
    }

    /** An index over {@code rows}: every post is counted first, so all are weighted with the final statistics. */
    static Index of(Tuning tuning, List<PostRow> rows) {
        Index index = new Index(tuning);
        List<Doc> held = rows.stream().map(row -> index.count(row, new HashMap<>(), new HashMap<>())).toList();
        index.settle(held.size());
        held.forEach(index::insert);
        return index;
    }

    int capacity() {
        return capacity;
    }

    int size() {
        return ids.size();
    }

    /** The published post count as the formula sees it ({@link Idf#posts}). */
    int roundedPosts() {
        return roundedPosts;
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

    /**
     * Replaces the posts {@code touched} by {@code fresh} (the published ones among them), then weights
     * again every other post whose weights the new statistics move: the holders of a term whose rounded
     * document frequency or cut moved, or every post when the rounded post count moved. Returns the
     * slugs of those other posts.
     */
    Set<String> apply(Collection<String> touched, List<PostRow> fresh) {
        Map<Integer, Integer> textsBefore = new HashMap<>();
        Map<Integer, Integer> keywordsBefore = new HashMap<>();
        int postsBefore = roundedPosts;
        touched.forEach(slug -> remove(slug, textsBefore, keywordsBefore));
        List<Doc> held = fresh.stream().map(row -> count(row, textsBefore, keywordsBefore)).toList();
        settle(size() + held.size());
        Set<Integer> moved = new HashSet<>();
        if (roundedPosts != postsBefore) {
            moved.addAll(ids.values());
        } else {
            textsBefore.forEach((term, df) -> {
                if (textClass(df) != textClass(texts.df(term))) {
                    texts.holders(term, moved);
                }
            });
            keywordsBefore.forEach((keyword, df) -> {
                if ((df <= cutoff) != (keywords.df(keyword) <= cutoff)) {
                    keywords.holders(keyword, moved);
                }
            });
        }
        Set<String> slugs = new HashSet<>();
        for (int id : moved) {
            Doc doc = docs[id];
            unpost(id);
            place(id, doc);
            slugs.add(doc.slug());
        }
        held.forEach(this::insert);
        return slugs;
    }

    /** The rounded document frequency of a kept text term, or -1 when the term is cut. */
    private int textClass(int df) {
        return df > cutoff ? -1 : Idf.df(df);
    }

    private void settle(int posts) {
        roundedPosts = Idf.posts(posts);
        cutoff = tuning.cutoff(roundedPosts);
    }

    /** Counts a post into the document frequencies, noting each count it moves first in {@code before}. */
    private Doc count(PostRow row, Map<Integer, Integer> textsBefore, Map<Integer, Integer> keywordsBefore) {
        TermCounts text = row.text();
        long[] packed = new long[text.size()];
        for (int i = 0; i < text.size(); i++) {
            packed[i] = ((long) texts.id(text.terms()[i]) << 32) | text.counts()[i];
        }
        Arrays.sort(packed);
        int[] terms = new int[packed.length];
        int[] counts = new int[packed.length];
        for (int i = 0; i < packed.length; i++) {
            terms[i] = (int) (packed[i] >>> 32);
            counts[i] = (int) packed[i];
            textsBefore.putIfAbsent(terms[i], texts.df(terms[i]));
            texts.count(terms[i], 1);
        }
        List<Integer> held = new ArrayList<>();
        for (String key : row.keywords()) {
            int kind = Kinds.of(key);
            if (kind >= 0) {
                int id = keywords.id(key);
                if (id == keywordKinds.size()) {
                    keywordKinds.add(kind);
                }
                keywordsBefore.putIfAbsent(id, keywords.df(id));
                keywords.count(id, 1);
                held.add(id);
            }
        }
        return Doc.held(row, terms, counts, held.stream().mapToInt(Integer::intValue).sorted().toArray());
    }

    /** Gives a counted post an id and places it. */
    private void insert(Doc held) {
        if (ids.containsKey(held.slug())) {
            throw new IllegalStateException("post " + held.slug() + " is indexed twice");
        }
        int id = free.size() > 0 ? free.removeLast() : capacity++;
        if (id == docs.length) {
            docs = Arrays.copyOf(docs, docs.length * 2);
            inverseRoots = Arrays.copyOf(inverseRoots, docs.length * Kinds.COUNT);
        }
        ids.put(held.slug(), id);
        place(id, held);
    }

    /** Weights a held post with the current statistics and posts it. */
    private void place(int id, Doc held) {
        Doc doc = weigh(held);
        docs[id] = doc;
        for (int kind = 0; kind < Kinds.COUNT; kind++) {
            int size = doc.kindSizes()[kind];
            inverseRoots[id * Kinds.COUNT + kind] = size == 0 ? 0 : 1 / Math.sqrt(size);
        }
        maxNorm = Math.max(maxNorm, Math.sqrt((double) doc.normSquared()));
        for (int i = 0, j = 0; i < doc.heldTerms().length; i++) {
            int term = doc.heldTerms()[i];
            if (j < doc.terms().length && doc.terms()[j] == term) {
                texts.postings(term).add(id, doc.termWeights()[j++]);
            } else {
                texts.unposted(term).add(id);
            }
        }
        for (int i = 0, j = 0; i < doc.heldKeywords().length; i++) {
            int keyword = doc.heldKeywords()[i];
            if (j < doc.keywords().length && doc.keywords()[j] == keyword) {
                keywords.postings(keyword).add(id, 1);
                j++;
            } else {
                keywords.unposted(keyword).add(id);
            }
        }
    }

    /** Takes a post out of the postings, keeping its counts. */
    private void unpost(int id) {
        Doc doc = docs[id];
        unpost(texts, doc.heldTerms(), doc.terms(), id);
        unpost(keywords, doc.heldKeywords(), doc.keywords(), id);
    }

    /** Removes {@code id} from the postings of its {@code posted} terms and the unposted lists of the other {@code held} ones. */
    private static void unpost(Vocabulary vocabulary, int[] held, int[] posted, int id) {
        for (int i = 0, j = 0; i < held.length; i++) {
            if (j < posted.length && posted[j] == held[i]) {
                vocabulary.postings(held[i]).remove(id);
                j++;
            } else {
                vocabulary.unposted(held[i]).remove(id);
            }
        }
    }

    private void remove(String slug, Map<Integer, Integer> textsBefore, Map<Integer, Integer> keywordsBefore) {
        Integer id = ids.remove(slug);
        if (id == null) {
            return;
        }
        unpost(id);
        Doc doc = docs[id];
        for (int term : doc.heldTerms()) {
            textsBefore.putIfAbsent(term, texts.df(term));
            texts.count(term, -1);
        }
        for (int keyword : doc.heldKeywords()) {
            keywordsBefore.putIfAbsent(keyword, keywords.df(keyword));
            keywords.count(keyword, -1);
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

    private Doc weigh(Doc held) {
        TextVector vector = TextVector.of(held.heldTerms(), held.heldCounts(), term -> {
            int df = texts.df(term);
            return df > cutoff ? 0 : Idf.of(roundedPosts, df);
        });
        int[] kept = Arrays.stream(held.heldKeywords()).filter(keyword -> keywords.df(keyword) <= cutoff).toArray();
        int[] sizes = new int[Kinds.COUNT];
        for (int keyword : kept) {
            sizes[keywordKinds.get(keyword)]++;
        }
        long normSquared = 0;
        for (int weight : vector.weights()) {
            normSquared += (long) weight * weight;
        }
        return new Doc(held.slug(), held.contentHash(), held.cardHash(), held.epochDay(), held.heldTerms(),
                held.heldCounts(), held.heldKeywords(), vector.terms(), vector.weights(), normSquared, kept, sizes);
    }
}
