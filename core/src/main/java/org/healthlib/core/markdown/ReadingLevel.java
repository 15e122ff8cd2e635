package org.healthlib.core.markdown;

import java.util.Locale;

/**
 * The Flesch-Kincaid grade of a text, by the one formula the project and its content writers
 * share: {@code 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59}, over the body's
 * plain text (headings, paragraphs and list items each on their own line).
 *
 * <ul>
 * <li>Words: runs of letters, digits and apostrophes that contain a letter.</li>
 * <li>Sentences: each run of {@code .!?} followed by whitespace or the end of the text, plus each
 * non-empty line that does not end with {@code .}, {@code !}, {@code ?} or {@code :}; at least 1.</li>
 * <li>Syllables: groups of {@code aeiouy} in the lower-cased word; one less for a final "e" (but
 * not "le") when there are more than one; one less for a final "es" or "ed" (but not "ted", "ded",
 * "ses", "zes", "ces", "ges") when there are more than one; at least 1.</li>
 * </ul>
 *
 * <p>The word count is also the body's {@link RenderedBody#wordCount()}.
 *
 * @param words     words in the text
 * @param sentences sentences in the text, at least 1
 * @param syllables syllables of all words
 */
public record ReadingLevel(int words, int sentences, int syllables) {

    /**
     * Counts the words, sentences and syllables of a plain text in one pass over its characters,
     * deciding ASCII without table look-ups: it runs over every body of a folder.
     */
    public static ReadingLevel of(String plainText) {
        Counter counter = new Counter();
        char[] text = plainText.toCharArray();
        int i = 0;
        while (i < text.length) {
            char c = text[i];
            if (c < 128) {
                boolean letter = isAsciiLetter(c);
                counter.character(c, letter, letter || c == '\'' || (c >= '0' && c <= '9'));
                counter.sentenceMark(c, i + 1 == text.length ? ' ' : text[i + 1]);
                i++;
            } else {
                int codePoint = Character.codePointAt(text, i);
                boolean letter = Character.isLetter(codePoint);
                boolean wordCharacter = letter || isNumber(codePoint);
                for (int end = i + Character.charCount(codePoint); i < end; i++) {
                    counter.character(text[i], letter, wordCharacter);
                    counter.sentenceMark(text[i], ' ');
                }
            }
        }
        return counter.finish();
    }

    /** The grade; 0 for a text without words. */
    public double grade() {
        if (words == 0) {
            return 0;
        }
        return 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
    }

    /** The grade rounded to one decimal, as shown in messages ("11.2"). */
    public String formattedGrade() {
        return String.format(Locale.ROOT, "%.1f", grade());
    }

    /** Whether the grade, rounded to one decimal as shown, is above the target. */
    public boolean isAbove(double target) {
        return Math.round(grade() * 10) / 10.0 > target;
    }

    /** Runs of {@code .!?} followed by whitespace or the end, plus lines without closing punctuation. */
    static int sentences(String text) {
        return of(text).sentences();
    }

    /** The syllables of one word. */
    static int syllables(String word) {
        return of(word).syllables();
    }

    /** The running counts of {@link #of}, fed one UTF-16 unit at a time. */
    private static final class Counter {
        private static final int LINE_EMPTY = 0;
        private static final int LINE_CLOSED = 1;
        private static final int LINE_OPEN = 2;

        private int words;
        private int syllables;
        private int sentences;
        private int line = LINE_EMPTY;
        // The word being read: whether it has a letter, its vowel groups and its last three units.
        private boolean inWord;
        private boolean hasLetter;
        private boolean inVowels;
        private int vowelGroups;
        private char last;
        private char beforeLast;
        private char third;

        /** One unit of the text; {@code letter} and {@code wordCharacter} describe its code point. */
        void character(char c, boolean letter, boolean wordCharacter) {
            if (!wordCharacter) {
                endWord();
                return;
            }
            if (!inWord) {
                inWord = true;
                hasLetter = false;
                inVowels = false;
                vowelGroups = 0;
                last = 0;
                beforeLast = 0;
                third = 0;
            }
            hasLetter |= letter;
            char lower = lower(c);
            boolean vowel = isVowel(lower);
            if (vowel && !inVowels) {
                vowelGroups++;
            }
            inVowels = vowel;
            third = beforeLast;
            beforeLast = last;
            last = lower;
        }

        /** Sentence ends and line ends; {@code next} is the following unit, a space at the end. */
        void sentenceMark(char c, char next) {
            if (isSentenceEnd(c) && isRegexSpace(next)) {
                sentences++;
            }
            if (c == '\n') {
                endLine();
            } else if (!Characters.isWhitespace(c)) {
                line = isSentenceEnd(c) || c == ':' ? LINE_CLOSED : LINE_OPEN;
            }
        }

        ReadingLevel finish() {
            endWord();
            endLine();
            return new ReadingLevel(words, Math.max(1, sentences), syllables);
        }

        private void endLine() {
            if (line == LINE_OPEN) {
                sentences++;
            }
            line = LINE_EMPTY;
        }

        private void endWord() {
            if (inWord && hasLetter) {
                words++;
                syllables += wordSyllables();
            }
            inWord = false;
        }

        private int wordSyllables() {
            int count = vowelGroups;
            if (last == 'e' && beforeLast != 'l' && count > 1) {
                count--;
            }
            boolean esOrEd = beforeLast == 'e' && (last == 's' || last == 'd');
            boolean kept = last == 'd' ? third == 't' || third == 'd'
                    : third == 's' || third == 'z' || third == 'c' || third == 'g';
            if (esOrEd && count > 1 && !kept) {
                count--;
            }
            return Math.max(1, count);
        }
    }

    private static boolean isAsciiLetter(char c) {
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'z';
    }

    /** Unicode category N, as {@code \p{N}}: decimal digits, letter numbers and other numbers. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** Whitespace as a regular expression's {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        return Character.toLowerCase(c);
    }
}
