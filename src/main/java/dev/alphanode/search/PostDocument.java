package dev.alphanode.search;

import dev.alphanode.content.Post;
import dev.alphanode.content.PostDate;
import dev.alphanode.content.Slugs;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * A published post as a Lucene document: the analysed {@link SearchField}s, the {@link Facet}
 * slugs, and what a hit shows (slug, title, date; summary and plain-text body for snippets). The
 * body is indexed with offsets, so the highlighter reads match positions instead of re-analysing.
 */
final class PostDocument {
    static final String SLUG = "slug";
    static final String DATE = "date";
    static final Set<String> SHOWN = Set.of(SLUG, SearchField.TITLE.name, DATE);
    static final Set<String> LEAD = Set.of(SearchField.SUMMARY.name, SearchField.BODY.name);

    private static final FieldType BODY = bodyType();

    private PostDocument() {
    }

    static Term slugTerm(String slug) {
        return new Term(SLUG, slug);
    }

    static Document of(Post post, MarkdownText markdown) {
        Document doc = new Document();
        doc.add(new StringField(SLUG, post.slug(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SLUG, new BytesRef(post.slug())));
        doc.add(new NumericDocValuesField(DATE, post.date().instant().getEpochSecond()));
        doc.add(new StoredField(DATE, post.date().iso()));
        doc.add(new TextField(SearchField.TITLE.name, post.title(), Field.Store.YES));
        taxonomy(post).forEach(label -> doc.add(new TextField(SearchField.TAXONOMY.name, label, Field.Store.NO)));
        post.summary().ifPresent(summary -> doc.add(new TextField(SearchField.SUMMARY.name, summary, Field.Store.YES)));
        doc.add(new Field(SearchField.BODY.name, markdown.of(post.body()), BODY));
        facet(doc, Facet.TOPIC, post.topic().stream().toList());
        facet(doc, Facet.STACK, post.stack());
        facet(doc, Facet.TAG, post.tags());
        return doc;
    }

    static PostDate date(Document doc) {
        return PostDate.ofIso(doc.get(DATE));
    }

    static Optional<String> text(Document doc, SearchField field) {
        return Optional.ofNullable(doc.get(field.name));
    }

    private static Stream<String> taxonomy(Post post) {
        return Stream.of(post.topic().stream(), post.stack().stream(), post.tools().stream(), post.tags().stream())
                .flatMap(labels -> labels);
    }

    private static void facet(Document doc, Facet facet, List<String> names) {
        names.stream().map(Slugs::slugify).filter(slug -> !slug.isEmpty()).distinct()
                .forEach(slug -> doc.add(new StringField(facet.field, slug, Field.Store.NO)));
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
