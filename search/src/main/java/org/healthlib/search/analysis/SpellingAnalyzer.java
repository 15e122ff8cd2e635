package org.healthlib.search.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Whole words, normalized but not stemmed nor stop-filtered: the vocabulary that "did you mean"
 * and typo tolerance correct against, so that a suggestion is a word readers can read
 * ("alzheimer", not the stem "alzheim").
 */
public final class SpellingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, HealthAnalyzer.normalized(source));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return HealthAnalyzer.colonsAsSpaces(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
