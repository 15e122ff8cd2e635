package org.healthlib.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.healthlib.search.analysis.HealthAnalyzer;

/**
 * Reduces a name or a whole query to one key, its analyzed words joined by spaces: "Migraine",
 * "migraines" and "What causes migraines?" all give "migrain". Both sides use the query analyzer
 * without synonyms, so question words drop out alike. Thread-safe.
 */
public final class NameKeys {
    private final Analyzer analyzer;

    private NameKeys(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public static NameKeys create() {
        return new NameKeys(HealthAnalyzer.forQuery(Optional.empty()));
    }

    /** A run of consecutive analyzed words of a text, as a key, with its length in words. */
    public record Phrase(String key, int words) {
    }

    /**
     * Every run of 1 to {@code maxWords} consecutive analyzed words of a text, as keys: the names
     * a question may contain ("can an abscessed tooth cause a heart attack" contains "heart attack").
     */
    public List<Phrase> phrasesOf(String text, int maxWords) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ArticleFields.NAME_KEY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < 64) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Phrase> phrases = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            for (int n = 1; n <= maxWords && start + n <= words.size(); n++) {
                phrases.add(new Phrase(String.join(" ", words.subList(start, start + n)), n));
            }
        }
        return phrases;
    }

    /** The key of a text, empty when nothing in it survives analysis ("what is it?"). */
    public Optional<String> keyOf(String text) {
        StringJoiner key = new StringJoiner(" ");
        try (TokenStream stream = analyzer.tokenStream(ArticleFields.NAME_KEY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                key.add(term);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key.length() == 0 ? Optional.empty() : Optional.of(key.toString());
    }
}
