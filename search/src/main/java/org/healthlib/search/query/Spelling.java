package org.healthlib.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.healthlib.search.analysis.SpellingAnalyzer;
import org.healthlib.search.index.ArticleFields;

/**
 * Corrects misspelled words against the index's own vocabulary (the unstemmed {@code spell}
 * field): within two edits, first letter kept, the most frequent candidate wins. Used both for
 * typo tolerance ("alzhiemers" searches "alzheimers" too) and for "did you mean". Thread-safe.
 */
final class Spelling {
    /** Shorter words are too ambiguous to correct ("copd" is one letter from "cope"). */
    private static final int MIN_WORD_LENGTH = 5;
    private static final int MAX_WORDS = ArticleQueryBuilder.MAX_TERMS;
    /** Each part of a split word has at least this many letters ("pink eye", not "in to"). */
    private static final int MIN_PART_LENGTH = 3;
    private static final int MIN_JOINED_FREQUENCY = 2;
    /** A rare word is only replaced by one this many times more frequent. */
    private static final float MORE_POPULAR_FACTOR = 10f;

    private final Analyzer words = new SpellingAnalyzer();
    private final DirectSpellChecker checker = checker();

    private record Word(String text, int start, int end) {
    }

    /** The text with its unknown words corrected, when any could be. */
    Optional<String> correctUnknown(String text, IndexReader reader, Analyzer queryAnalyzer) {
        return correct(text, reader, false, queryAnalyzer);
    }

    /** The text with its unknown and rare words replaced by more frequent ones, when any could be. */
    Optional<String> suggestMorePopular(String text, IndexReader reader, Analyzer queryAnalyzer) {
        return correct(text, reader, true, queryAnalyzer);
    }

    private Optional<String> correct(String text, IndexReader reader, boolean rareToo, Analyzer queryAnalyzer) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        boolean changed = false;
        try {
            List<Word> words = words(text);
            for (int i = 0; i < words.size(); i++) {
                Word word = words.get(i);
                Optional<String> joined = i + 1 < words.size() ? joined(word, words.get(i + 1), reader) : Optional.empty();
                Optional<String> better = joined.isPresent() ? joined : better(word.text(), reader, rareToo, queryAnalyzer);
                if (better.isPresent()) {
                    out.append(text, copied, word.start()).append(better.get());
                    copied = joined.isPresent() ? words.get(++i).end() : word.end();
                    changed = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.append(text, copied, text.length());
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    /**
     * Two words that the library writes as one ("pink eye" for "pinkeye", "chicken pox" for
     * "chickenpox"), when the joined word is in the vocabulary and more frequent than the pair.
     */
    private static Optional<String> joined(Word first, Word second, IndexReader reader) throws IOException {
        if (first.text().length() < MIN_PART_LENGTH || second.text().length() < MIN_PART_LENGTH
                || second.start() - first.end() != 1
                || !(first.text() + second.text()).chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        String joined = first.text() + second.text();
        return reader.docFreq(new Term(ArticleFields.SPELL, joined)) >= MIN_JOINED_FREQUENCY
                ? Optional.of(joined) : Optional.empty();
    }

    private Optional<String> better(String word, IndexReader reader, boolean rareToo, Analyzer queryAnalyzer)
            throws IOException {
        if (word.length() < MIN_WORD_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Term term = new Term(ArticleFields.SPELL, word);
        int frequency = reader.docFreq(term);
        if (frequency > 0 && !rareToo || frequency == 0 && knownOtherwise(word, reader, queryAnalyzer)) {
            return Optional.empty();
        }
        SuggestMode mode = frequency == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
        SuggestWord[] found = checker.suggestSimilar(term, 1, reader, mode);
        if (found.length == 0 || found[0].freq < MORE_POPULAR_FACTOR * frequency) {
            return Optional.empty();
        }
        return Optional.of(found[0].string);
    }

    /**
     * A word missing from the vocabulary is still no typo when another form of it is indexed
     * ("migraines" when only "migraine" is written) or when the library's synonyms know it
     * ("copd" in synonyms.txt, even with no article about it yet).
     */
    private static boolean knownOtherwise(String word, IndexReader reader, Analyzer queryAnalyzer) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = queryAnalyzer.tokenStream(ArticleFields.BODY, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        if (terms.size() > 1) {
            return true;
        }
        for (String term : terms) {
            for (String field : ArticleFields.TEXT) {
                if (reader.docFreq(new Term(field, term)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Word> words(String text) throws IOException {
        List<Word> found = new ArrayList<>();
        try (TokenStream stream = words.tokenStream(ArticleFields.SPELL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken() && found.size() < MAX_WORDS) {
                found.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        return found;
    }

    private static DirectSpellChecker checker() {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(MIN_WORD_LENGTH);
        checker.setAccuracy(0.7f);
        return checker;
    }
}
