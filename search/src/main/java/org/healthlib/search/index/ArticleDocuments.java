package org.healthlib.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.healthlib.core.markdown.Heading;
import org.healthlib.core.model.Article;

/** Turns an article into its Lucene document (fields in {@link ArticleFields}). Thread-safe. */
public final class ArticleDocuments {
    /** Body text: stored for snippets, offsets in postings for the UnifiedHighlighter. */
    static final FieldType BODY_TYPE = bodyType();
    /**
     * The spelling vocabulary: only which articles hold a word is read ("did you mean" compares
     * document frequencies), so no frequencies, positions or norms are written. The field holds
     * every body a second time; its positions were a sixth of the indexing work.
     */
    static final FieldType SPELL_TYPE = spellType();

    private final FacetsConfig facets = ArticleFields.facetsConfig();
    private final NameKeys nameKeys;

    public ArticleDocuments(NameKeys nameKeys) {
        this.nameKeys = nameKeys;
    }

    public Document toDocument(Article article) {
        return toDocument(article, Optional.empty(), 1f);
    }

    /**
     * The document with the article's embedding (semantic search) and its folder weight
     * ({@code search.weights}), stored only when it is not 1.
     */
    public Document toDocument(Article article, Optional<float[]> vector, float weight) {
        Document doc = new Document();
        vector.ifPresent(values -> doc.add(new KnnFloatVectorField(ArticleFields.VECTOR,
                ArticleVectors.unitLength(values), VectorSimilarityFunction.DOT_PRODUCT)));
        if (weight != 1f) {
            doc.add(new FloatDocValuesField(ArticleFields.WEIGHT, weight));
        }
        doc.add(new StringField(ArticleFields.SLUG, article.slug(), Field.Store.YES));
        doc.add(new StoredField(ArticleFields.PATH, article.path()));
        doc.add(new TextField(ArticleFields.TITLE, article.title(), Field.Store.YES));
        for (String name : article.alsoCalled()) {
            doc.add(new TextField(ArticleFields.ALSO_CALLED, name, Field.Store.YES));
        }
        String text = article.body().plainText(); // once: a large library keeps it deflated
        Optional<String> abbreviation = TitleAbbreviation.of(article, text);
        abbreviation.ifPresent(name -> doc.add(new TextField(ArticleFields.ALSO_CALLED, name, Field.Store.NO)));
        for (String name : searchNames(article, abbreviation)) {
            nameKeys.keyOf(name).ifPresent(key -> doc.add(new StringField(ArticleFields.NAME_KEY, key, Field.Store.NO)));
        }
        doc.add(new TextField(ArticleFields.SUMMARY, article.summary(), Field.Store.YES));
        for (Heading heading : article.body().headings()) {
            doc.add(new TextField(ArticleFields.HEADINGS, heading.text(), Field.Store.NO));
        }
        doc.add(new Field(ArticleFields.BODY, text, BODY_TYPE));
        addSpelling(doc, article, text);
        doc.add(new StringField(ArticleFields.TYPE, article.type().slug(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(ArticleFields.TYPE_FACET, article.type().slug()));
        for (String topic : article.topics()) {
            doc.add(new StringField(ArticleFields.TOPIC, topic, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(ArticleFields.TOPIC_FACET, topic));
        }
        article.editorial().reviewed().map(LocalDate::toString)
                .ifPresent(day -> doc.add(new StoredField(ArticleFields.REVIEWED, day)));
        article.editorial().nextReview().map(LocalDate::toString)
                .ifPresent(day -> doc.add(new StoredField(ArticleFields.NEXT_REVIEW, day)));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names a reader may search an article by: its own names and the abbreviation of its title. */
    private static List<String> searchNames(Article article, Optional<String> abbreviation) {
        List<String> names = names(article);
        abbreviation.ifPresent(names::add);
        return names;
    }

    static List<String> names(Article article) {
        List<String> names = new ArrayList<>();
        names.add(article.title());
        names.addAll(article.alsoCalled());
        return names;
    }

    private static void addSpelling(Document doc, Article article, String text) {
        for (String name : names(article)) {
            doc.add(new Field(ArticleFields.SPELL, name, SPELL_TYPE));
        }
        doc.add(new Field(ArticleFields.SPELL, article.summary(), SPELL_TYPE));
        doc.add(new Field(ArticleFields.SPELL, text, SPELL_TYPE));
    }

    private static FieldType spellType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
