package org.healthlib.search.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** The stop words of health search: Lucene's English list, plus question phrasing at query time. */
final class StopWords {

    /** Lucene's English stop words; the index keeps every other word. */
    static final CharArraySet INDEX = CharArraySet.unmodifiableSet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

    /**
     * Words readers wrap a question in ("what causes migraines", "how do I ...", "can I", "is it")
     * that say nothing about the topic. Content words that articles use as section names, such as
     * "causes", "symptoms" or "treatment", are kept.
     */
    static final List<String> QUESTION_WORDS = List.of(
            "what", "whats", "how", "why", "when", "where", "which", "who", "whom", "whose",
            "can", "could", "do", "does", "did", "doing", "done", "should", "would", "will", "shall",
            "may", "might", "must", "am", "has", "have", "had", "having", "been", "being",
            "i", "im", "me", "my", "mine", "myself", "we", "our", "us", "you", "your", "he", "she",
            "him", "her", "his", "its", "them", "someone", "somebody", "anyone", "people",
            "get", "gets", "getting", "got", "know", "tell", "find", "mean", "means",
            "about", "from", "any", "some", "there", "here", "so", "very", "much", "many", "also",
            "too", "please", "thanks", "thank", "hi", "hello", "information", "info", "regarding");

    static final CharArraySet QUERY = querySet();

    private StopWords() {
    }

    private static CharArraySet querySet() {
        List<Object> words = new ArrayList<>(INDEX);
        words.addAll(QUESTION_WORDS);
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }
}
