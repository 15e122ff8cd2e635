package org.healthlib.search.analysis;

import java.io.Reader;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English health text: standard tokens, possessives dropped ("Alzheimer's" -> "alzheimer"),
 * contractions read as the word they shorten, with or without their apostrophe ("cant" ->
 * "can", see {@link ContractionFilter}), lower case, accents folded ("Sjögren" -> "sjogren"),
 * stop words removed, Porter stems ("migraines" -> "migrain") except for the words Porter joins
 * to unrelated ones ({@link Stemming}: "organic" is not "organ"). The query-time form also removes question phrasing ("what",
 * "how", "can") and, when the library has a {@code synonyms.txt}, expands synonyms as a token
 * graph before stemming, so that both sides of a synonym are stemmed like the index.
 *
 * <p>Thread-safe; build one per run and share it.
 */
public final class HealthAnalyzer extends Analyzer {
    private final boolean query;
    private final CharArraySet stopWords;
    private final Optional<SynonymMap> synonyms;

    private HealthAnalyzer(boolean query, CharArraySet stopWords, Optional<SynonymMap> synonyms) {
        this.query = query;
        this.stopWords = Objects.requireNonNull(stopWords, "stopWords");
        this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
    }

    /** The analyzer of the text fields at index time. */
    public static HealthAnalyzer forIndex() {
        return new HealthAnalyzer(false, StopWords.INDEX, Optional.empty());
    }

    /** The analyzer of reader queries: question words removed, synonyms expanded. */
    public static HealthAnalyzer forQuery(Optional<SynonymMap> synonyms) {
        return new HealthAnalyzer(true, StopWords.QUERY, synonyms);
    }

    /** The chain up to (not including) synonyms and stemming, used to parse {@code synonyms.txt}. */
    static Analyzer synonymEntries() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new GaplessStopFilter(normalized(source), StopWords.QUERY));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return colonsAsSpaces(reader);
            }
        };
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = query
                ? new GaplessStopFilter(normalized(source), stopWords) : new StopFilter(normalized(source), stopWords);
        if (synonyms.isPresent()) {
            stream = new SynonymGraphFilter(stream, synonyms.get(), true);
        }
        return new TokenStreamComponents(source, Stemming.stemmed(stream));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return colonsAsSpaces(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /**
     * The standard tokenizer keeps "word:word" together (a colon joins letters in Unicode word
     * rules), so "heart:attack" or "Note:" would be one odd word; a colon separates words here.
     * One character for another, so offsets are unchanged and no char filter is needed (Lucene's
     * {@code MappingCharFilter}, which reads a character at a time, cost 4% of a build's CPU).
     */
    static Reader colonsAsSpaces(Reader reader) {
        return new ColonsAsSpaces(reader);
    }

    /** Possessives, contractions, lower case and folded accents: the steps every field shares. */
    static TokenStream normalized(TokenStream source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ContractionFilter(new EnglishPossessiveFilter(source))));
    }
}
