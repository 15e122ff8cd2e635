package org.healthlib.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The words of a synthetic corpus: made-up words built from syllables by a seeded random, so no
 * text is copied from anywhere and the same seed gives the same words. Common words are drawn
 * more often than rare ones (a skewed, Zipf-like choice), as in real prose.
 */
final class Vocabulary {
    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
        "v", "w", "z", "br", "cl", "cr", "dr", "fl", "gr", "pl", "pr", "sh", "ch", "th", "st", "tr", ""};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou", "io", "ie"};
    private static final String[] CODAS = {"", "", "", "n", "r", "s", "t", "l", "m", "x", "nd", "st", "rk", "ng"};
    /** Words the search leaves out or YAML reads as something else: never generated. */
    private static final Set<String> AVOIDED = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
            "there", "these", "they", "this", "to", "was", "will", "with", "what", "when", "where", "which", "who",
            "whom", "why", "how", "yes", "off", "true", "false", "null", "nan", "inf");

    private final List<String> words;

    private Vocabulary(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** {@code size} distinct words of one to three syllables, from {@code random}. */
    static Vocabulary generate(Random random, int size) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < size) {
            int syllables = 1 + random.nextInt(3) * random.nextInt(2) + (random.nextInt(4) == 0 ? 1 : 0);
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < Math.min(syllables, 3); s++) {
                word.append(pick(random, ONSETS)).append(pick(random, VOWELS));
            }
            word.append(pick(random, CODAS));
            String w = word.toString();
            if (w.length() >= 3 && !AVOIDED.contains(w)) {
                words.add(w);
            }
        }
        return new Vocabulary(new ArrayList<>(words));
    }

    /** A word, the frequent ones (the first of the list) far more often than the rare ones. */
    String word(Random random) {
        double r = random.nextDouble();
        return words.get((int) (words.size() * r * r * r));
    }

    /** The {@code index}-th word, for names that must differ (topics). */
    String get(int index) {
        return words.get(index % words.size());
    }

    int size() {
        return words.size();
    }

    /** {@code count} words joined by spaces, the first capitalised when {@code sentenceCase}. */
    String phrase(Random random, int count, boolean titleCase) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                phrase.append(' ');
            }
            String w = word(random);
            phrase.append(titleCase || i == 0 ? capitalise(w) : w);
        }
        return phrase.toString();
    }

    static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
