package dev.alphanode.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.SmallFloat;

/**
 * A searcher whose scoring statistics count live documents only. Lucene's own statistics still
 * count a replaced or deleted post until a merge drops it, so two indexes holding the same posts
 * would rank them differently according to their edit histories (and merges would reorder a page
 * of results with no edit at all). Here a term's document frequency is counted over live documents,
 * and a field's document count and total length are read from its norms (the length BM25 already
 * uses per document), so the ranking is a function of the posts alone.
 *
 * <p>A field's statistics are computed once per searcher (one per refresh); a term's statistics
 * walk its postings only in segments that have deletions.
 */
final class LiveStatsSearcher extends IndexSearcher {
    /** Makes one per reader for a {@link org.apache.lucene.search.SearcherManager}. */
    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new LiveStatsSearcher(reader);
        }
    };

    private final Map<String, Optional<CollectionStatistics>> fields = new ConcurrentHashMap<>();

    LiveStatsSearcher(IndexReader reader) {
        super(reader);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        try {
            return fields.computeIfAbsent(field, name -> {
                try {
                    return liveCollection(name);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).orElse(null);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        long liveDocFreq = 0;
        long liveTotalTermFreq = 0;
        for (LeafReaderContext leaf : getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            Terms terms = reader.terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum termsEnum = terms.iterator();
            if (!termsEnum.seekExact(term.bytes())) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            if (live == null) {
                liveDocFreq += termsEnum.docFreq();
                liveTotalTermFreq += Math.max(termsEnum.totalTermFreq(), termsEnum.docFreq());
                continue;
            }
            PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live.get(doc)) {
                    liveDocFreq++;
                    liveTotalTermFreq += Math.max(1, postings.freq());
                }
            }
        }
        // A term held only by deleted documents matches no live one, so its statistics never score
        // anything; Lucene wants them positive all the same.
        return new TermStatistics(term.bytes(), Math.max(1, liveDocFreq), Math.max(1, liveTotalTermFreq));
    }

    /** The live documents with {@code field} and their summed lengths, as their norms encode them; empty when none. */
    private Optional<CollectionStatistics> liveCollection(String field) throws IOException {
        long docCount = 0;
        long lengths = 0;
        for (LeafReaderContext leaf : getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            NumericDocValues norms = reader.getNormValues(field);
            if (norms == null) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                if (live == null || live.get(doc)) {
                    docCount++;
                    lengths += SmallFloat.byte4ToInt((byte) norms.longValue());
                }
            }
        }
        if (docCount == 0) {
            return Optional.empty();
        }
        long total = Math.max(lengths, docCount);
        // BM25 reads the document count and the total length; the sum of document frequencies is
        // not used by it and would cost a walk of every term, so it is given its lowest valid value.
        return Optional.of(new CollectionStatistics(field, getIndexReader().numDocs(), docCount, total, docCount));
    }
}
