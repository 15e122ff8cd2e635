package org.healthlib.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingLevelTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "heart, 1",
        "disease, 2",     // three vowel groups, final e
        "the, 1",         // a final e is kept when it is the only group
        "table, 2",       // final "le" keeps its syllable
        "make, 1",
        "wanted, 2",      // "ted" keeps its syllable
        "jumped, 1",      // final "ed"
        "boxes, 1",       // final "es"
        "horses, 2",      // "ses" keeps its syllable
        "rhythm, 1",      // y is a vowel
        "ADHD, 1",        // at least one
        "don't, 1",
        "Chambers, 2",
    })
    void countsSyllables(String word, int expected) {
        assertThat(ReadingLevel.syllables(word)).isEqualTo(expected);
    }

    @Test
    void countsSentencesByPunctuationAndByUnpunctuatedLines() {
        // "." then "!" at the end: 2; the heading line "Heart disease" has no full stop: 1.
        assertThat(ReadingLevel.sentences("Heart disease\nThe heart pumps blood. It has four chambers!\n")).isEqualTo(3);
        // A line ending in ":" introduces a list; "3.5" is not a sentence end.
        assertThat(ReadingLevel.sentences("Take 3.5 mg:\nwith food\n")).isEqualTo(1);
        assertThat(ReadingLevel.sentences("")).isEqualTo(1);
    }

    @Test
    void appliesTheFleschKincaidFormula() {
        ReadingLevel level = ReadingLevel.of("Heart disease\nThe heart pumps blood. It has four chambers!\n");

        assertThat(level.words()).isEqualTo(10);
        assertThat(level.sentences()).isEqualTo(3);
        assertThat(level.syllables()).isEqualTo(12);
        // 0.39 * 10/3 + 11.8 * 12/10 - 15.59
        assertThat(level.grade()).isCloseTo(-0.13, within(1e-9));
        assertThat(level.formattedGrade()).isEqualTo("-0.1");
    }

    @Test
    void wordsNeedALetter() {
        ReadingLevel level = ReadingLevel.of("Call 911 or 988 now.");

        assertThat(level.words()).isEqualTo(3);
    }

    @Test
    void aLongWordySentenceIsAboveTheTarget() {
        ReadingLevel level = ReadingLevel.of("Cardiovascular complications frequently accompany uncontrolled "
                + "hypertension, necessitating comprehensive pharmacological intervention and monitoring.");

        assertThat(level.grade()).isGreaterThan(20);
        assertThat(level.isAbove(8)).isTrue();
        assertThat(ReadingLevel.of("The cat sat on the mat.").isAbove(8)).isFalse();
    }

    @Test
    void aTextWithoutWordsHasGradeZero() {
        assertThat(ReadingLevel.of("123 456").grade()).isZero();
    }

    @Test
    void countsExactlyAsTheWrittenDefinitionOnVariedText() {
        String alphabet = "aeiouy bcdlst EDS zgk'.!?:\n\t 7 ½ é É ’ -";
        Random random = new Random(20250601);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String sample = text.toString();
            assertThat(ReadingLevel.of(sample)).as("\"%s\"", sample).isEqualTo(Reference.of(sample));
        }
    }

    /** The definition as written, with regular expressions: slow, but obviously the formula. */
    private static final class Reference {
        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
        private static final Pattern LETTER = Pattern.compile("\\p{L}");
        private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|\\z)");
        private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

        static ReadingLevel of(String text) {
            int words = 0;
            int syllables = 0;
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                if (LETTER.matcher(word.group()).find()) {
                    words++;
                    syllables += syllables(word.group());
                }
            }
            int sentences = 0;
            Matcher end = SENTENCE_END.matcher(text);
            while (end.find()) {
                sentences++;
            }
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && ".!?:".indexOf(trimmed.charAt(trimmed.length() - 1)) < 0) {
                    sentences++;
                }
            }
            return new ReadingLevel(words, Math.max(1, sentences), syllables);
        }

        static int syllables(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            int count = 0;
            Matcher vowels = VOWELS.matcher(lower);
            while (vowels.find()) {
                count++;
            }
            if (lower.endsWith("e") && !lower.endsWith("le") && count > 1) {
                count--;
            }
            boolean kept = lower.endsWith("ted") || lower.endsWith("ded") || lower.endsWith("ses")
                    || lower.endsWith("zes") || lower.endsWith("ces") || lower.endsWith("ges");
            if ((lower.endsWith("es") || lower.endsWith("ed")) && count > 1 && !kept) {
                count--;
            }
            return Math.max(1, count);
        }
    }
}
