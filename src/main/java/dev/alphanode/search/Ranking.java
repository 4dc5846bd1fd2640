package dev.alphanode.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * How a query's words become a Lucene query, built from terms so no input is ever syntax. Each
 * word is one {@link DisjunctionMaxQuery} over the {@link SearchField}s (the best field counts,
 * plus a tenth of the others, so a word in title and body beats title alone); the words are first
 * all required, and only when no post has every word are they optional (more words matched, higher
 * score). Equal scores go newest first, then by slug, so a page never reshuffles.
 */
final class Ranking {
    /** More distinct words than this say nothing more and would only grow the query. */
    static final int MAX_WORDS = 32;
    static final Sort ORDER = new Sort(SortField.FIELD_SCORE, new SortField(PostDocument.DATE, SortField.Type.LONG,
            true), new SortField(PostDocument.SLUG, SortField.Type.STRING));
    private static final float TIE_BREAKER = 0.1f;

    private final Analyzer analyzer;

    Ranking(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query's distinct words as the index holds them (stemmed, stop words out), in query order. */
    List<String> words(SearchQuery query) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(SearchField.BODY.name, query.normalised())) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query held in memory", e);
        }
        return new ArrayList<>(words);
    }

    /** {@code Occur.MUST}: every word; {@code Occur.SHOULD}: at least one. */
    Query text(List<String> words, Occur occur) {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String word : words) {
            List<Query> fields = new ArrayList<>();
            for (SearchField field : SearchField.values()) {
                fields.add(new BoostQuery(new TermQuery(new Term(field.name, word)), field.boost));
            }
            text.add(new DisjunctionMaxQuery(fields, TIE_BREAKER), occur);
        }
        return text.build();
    }

    Query filtered(Query text, SearchQuery query) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, Occur.MUST);
        for (Facet facet : Facet.values()) {
            facet.of(query).ifPresent(slug -> filtered.add(new TermQuery(new Term(facet.field, slug)), Occur.FILTER));
        }
        return filtered.build();
    }
}
