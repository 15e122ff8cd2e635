package org.healthlib.search.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The fields of an article in the search index, each with the reason for its type.
 * Text fields share {@link org.healthlib.search.analysis.HealthAnalyzer}, so that a query
 * analyzed once matches every one of them alike.
 */
public final class ArticleFields {
    /** StringField, stored: the unique key, for updates and for the hit's link. */
    public static final String SLUG = "slug";
    /** TextField, stored: the strongest signal (readers search for an article by its name); shown in hits. */
    public static final String TITLE = "title";
    /**
     * TextField, stored, one value per name: lay and clinical names weigh like the title. The
     * abbreviation of the title that the article uses ({@link TitleAbbreviation}) is added unstored.
     */
    public static final String ALSO_CALLED = "also_called";
    /**
     * StringField, not stored: the title and each also-called name reduced to one analyzed key
     * ("Migraines" -> "migrain"), so that a query that is exactly an article's name ranks it first.
     */
    public static final String NAME_KEY = "name_key";
    /** TextField, stored: the editor's one-line abstract, a strong signal and the fallback snippet. */
    public static final String SUMMARY = "summary";
    /** TextField, not stored: section headings ("What causes migraines?") say what an article answers. */
    public static final String HEADINGS = "headings";
    /**
     * TextField, stored, offsets in postings: the body text; the offsets let the UnifiedHighlighter
     * cut snippets without re-analyzing or term vectors.
     */
    public static final String BODY = "body";
    /**
     * Tokenized, documents only, no norms (SpellingAnalyzer), not stored: titles, names, summary and
     * body as unstemmed words, the vocabulary that "did you mean" and typo tolerance draw on. They
     * compare document frequencies only, so frequencies and positions would be written for nothing.
     */
    public static final String SPELL = "spell";
    /** StringField + facet, stored: filter and facet by article type. */
    public static final String TYPE = "type";
    /** StringField + facet per topic, stored: filter and facet by topic. */
    public static final String TOPIC = "topic";
    /** StoredField only (yyyy-mm-dd): shown in hits, never searched. */
    public static final String REVIEWED = "reviewed";
    /** StoredField only (yyyy-mm-dd): kept for clients that show the review schedule. */
    public static final String NEXT_REVIEW = "next_review";
    /** StoredField only: the article's site path, "articles/{slug}/". */
    public static final String PATH = "path";
    /**
     * KnnFloatVectorField (384 floats of length 1, dot product, that is the cosine:
     * {@link ArticleVectors#unitLength}), only when the site's search is semantic: the embedding
     * of {@link ArticleVectors#textOf "title. also-called names. summary"}. Lucene keeps it in an HNSW
     * graph, so the articles nearest a query's embedding are found without comparing every vector
     * (its cost grows with the log of the count; built with a beam of 32, {@link VectorCodec}). Its
     * presence in the index is what tells the search to rank by meaning as well.
     */
    public static final String VECTOR = "vector";
    /**
     * FloatDocValuesField, only when the article's folder has a weight other than 1 ({@code search.weights}):
     * per-document numeric doc values are read in a column for the few hundred hits being ranked,
     * without loading stored fields; the final score is multiplied by it, a missing value is 1.
     */
    public static final String WEIGHT = "weight";
    /** Commit user data: the name of the model that made the vectors, for the search to embed queries alike. */
    public static final String EMBEDDING_MODEL = "embedding_model";

    /** The text fields a reader's words are matched against. */
    public static final List<String> TEXT = List.of(TITLE, ALSO_CALLED, SUMMARY, HEADINGS, BODY);

    /** Facet dimension names, stored in doc values by the facet module. */
    public static final String TYPE_FACET = "type";
    public static final String TOPIC_FACET = "topic";

    private ArticleFields() {
    }

    /** The facet configuration: one type per article, any number of topics. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(TOPIC_FACET, true);
        return config;
    }
}
