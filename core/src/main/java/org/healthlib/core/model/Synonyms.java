package org.healthlib.core.model;

import java.util.List;
import java.util.Objects;
import org.healthlib.core.diagnostics.Position;

/**
 * The library's {@code synonyms.txt}, read: groups of words a reader may use for one another
 * ({@code zits, pimples, acne}) and one-way mappings ({@code mi => heart attack}), each word with
 * its position in the file, and the file's text as written (the search index keeps a copy).
 */
public record Synonyms(String text, List<Rule> rules) {
    public Synonyms {
        Objects.requireNonNull(text, "text");
        rules = List.copyOf(rules);
    }

    /** One word or phrase of a rule, where it is written. */
    public record Term(String words, Position at) {
        public Term {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * One line: an equivalence group ({@code outputs} empty: every term stands for every other)
     * or a mapping from {@code inputs} to {@code outputs}.
     */
    public record Rule(List<Term> inputs, List<Term> outputs) {
        public Rule {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }

        public boolean isMapping() {
            return !outputs.isEmpty();
        }
    }

    /** A library without synonyms. */
    public static Synonyms none() {
        return new Synonyms("", List.of());
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }
}
