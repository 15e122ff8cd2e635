package org.healthlib.search.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.healthlib.search.index.ArticleFields;
import org.healthlib.search.index.NameKeys;

/**
 * Turns a reader's words into a Lucene query. The text is only ever analyzed, never parsed as
 * query syntax, so quotes, colons, brackets and operators are plain words. The query is:
 * <ul>
 *   <li>each word looked for in every text field, scored by its best field (weights below) plus
 *       {@value #TIE_BREAKER} of the others, and summed over the words;</li>
 *   <li>a bonus when the words form a phrase of the title or of an also-called name;</li>
 *   <li>a bonus for each article name the text contains ("can an abscessed tooth cause a heart
 *       attack" contains "heart attack"), growing with the name's length in words;</li>
 *   <li>a larger bonus when the whole text is one of an article's names ("migraines");</li>
 *   <li>the same again, weighted down, for the text with its unknown words corrected.</li>
 * </ul>
 * Weights were chosen by measurement on the MedQuAD evaluation (docs/search.md).
 */
final class ArticleQueryBuilder {
    static final float TITLE = 4f;
    static final float ALSO_CALLED = 3f;
    static final float SUMMARY = 1.5f;
    static final float HEADINGS = 2f;
    static final float BODY = 1f;
    static final float TIE_BREAKER = 0.3f;
    static final float NAME_PHRASE = 3f;
    static final float CONTAINED_NAME = 3f;
    static final float EXACT_NAME = 10f;
    /** Corrected spellings count for less than what the reader typed. */
    static final float CORRECTION = 0.8f;
    /** Names longer than this many words are not looked for inside the text. */
    static final int MAX_NAME_WORDS = 4;
    /** Words searched at most; the rest of a very long text is ignored, so a query stays small. */
    static final int MAX_TERMS = 32;

    private final QueryBuilder phrases;
    private final FieldsQueryBuilder words;
    private final NameKeys nameKeys;

    ArticleQueryBuilder(Analyzer queryAnalyzer, NameKeys nameKeys) {
        Analyzer limited = new LimitTokenCountAnalyzer(queryAnalyzer, MAX_TERMS, false);
        this.phrases = new QueryBuilder(limited);
        this.phrases.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.words = new FieldsQueryBuilder(limited, weights(), TIE_BREAKER);
        this.nameKeys = nameKeys;
    }

    private static Map<String, Float> weights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(ArticleFields.TITLE, TITLE);
        weights.put(ArticleFields.ALSO_CALLED, ALSO_CALLED);
        weights.put(ArticleFields.SUMMARY, SUMMARY);
        weights.put(ArticleFields.HEADINGS, HEADINGS);
        weights.put(ArticleFields.BODY, BODY);
        return weights;
    }

    /**
     * The query for a text and, when some of its words were unknown, their corrected spelling.
     * Empty when no word of the text is searchable ("what is it?").
     */
    Optional<Query> build(String text, Optional<String> corrected) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = addText(query, text, 1f);
        if (corrected.isPresent()) {
            any |= addText(query, corrected.get(), CORRECTION);
        }
        return any ? Optional.of(query.build()) : Optional.empty();
    }

    private boolean addText(BooleanQuery.Builder query, String text, float weight) {
        if (!add(query, words.createBooleanQuery(ArticleFields.BODY, text), weight)) {
            return false;
        }
        add(query, phrases.createPhraseQuery(ArticleFields.TITLE, text, 1), NAME_PHRASE * weight);
        add(query, phrases.createPhraseQuery(ArticleFields.ALSO_CALLED, text, 1), NAME_PHRASE * weight);
        for (NameKeys.Phrase phrase : nameKeys.phrasesOf(text, MAX_NAME_WORDS)) {
            Query name = new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.NAME_KEY, phrase.key())));
            add(query, name, CONTAINED_NAME * phrase.words() * weight);
        }
        nameKeys.keyOf(text).ifPresent(key ->
                add(query, new TermQuery(new Term(ArticleFields.NAME_KEY, key)), EXACT_NAME * weight));
        return true;
    }

    private static boolean add(BooleanQuery.Builder query, Query clause, float boost) {
        if (clause == null) {
            return false;
        }
        query.add(new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
        return true;
    }
}
