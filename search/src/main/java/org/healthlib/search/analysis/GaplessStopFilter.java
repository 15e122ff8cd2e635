package org.healthlib.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops stop words without leaving a position gap, so that the words around them stay
 * adjacent: synonym rules and phrases match "heart attack" in "what is a heart attack", and
 * a synonym entry written with a small word ("due to") still parses.
 */
final class GaplessStopFilter extends TokenFilter {
    private final CharArraySet stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    GaplessStopFilter(TokenStream input, CharArraySet stopWords) {
        super(input);
        this.stopWords = stopWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (!stopWords.contains(term.buffer(), 0, term.length())) {
                return true;
            }
        }
        return false;
    }
}
