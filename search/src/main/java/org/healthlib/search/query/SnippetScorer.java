package org.healthlib.search.query;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 of the passage's matched terms, times a bonus for passages near the
 * start), computed as {@link PassageScorer} computes it but without a new {@code BytesRefHash}
 * per candidate passage: that hash's first block of memory (32 KB) was most of the highlighter's
 * remaining time. A passage has few matches, so its distinct terms are found by comparing them.
 */
final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDoc = new int[matches];
        int size = 0;
        for (int i = 0; i < matches; i++) {
            int at = indexOf(distinct, size, terms[i]);
            if (at < 0) {
                at = size++;
                distinct[at] = terms[i];
                inDoc[at] = freqsInDoc[i];
            }
            inPassage[at]++;
        }
        double score = 0;
        for (int i = 0; i < size; i++) {
            score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static int indexOf(BytesRef[] terms, int size, BytesRef term) {
        for (int i = 0; i < size; i++) {
            if (terms[i].bytesEquals(term)) {
                return i;
            }
        }
        return -1;
    }
}
