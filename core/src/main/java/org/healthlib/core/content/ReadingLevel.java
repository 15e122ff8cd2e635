package org.healthlib.core.content;

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
 * @param words     words in the text
 * @param sentences sentences in the text, at least 1
 * @param syllables syllables of all words
 */
public record ReadingLevel(int words, int sentences, int syllables) {

    /** Counts the words, sentences and syllables of a plain text, in one pass over its characters. */
    public static ReadingLevel of(String plainText) {
        int words = 0;
        int syllables = 0;
        int i = 0;
        while (i < plainText.length()) {
            int end = wordEnd(plainText, i);
            if (end == i) {
                i += Character.charCount(plainText.codePointAt(i));
                continue;
            }
            if (hasLetter(plainText, i, end)) {
                words++;
                syllables += syllables(plainText, i, end);
            }
            i = end;
        }
        return new ReadingLevel(words, sentences(plainText), syllables);
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
        int count = 0;
        int lineLast = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSentenceEnd(c) && (i + 1 == text.length() || isRegexSpace(text.charAt(i + 1)))) {
                count++;
            }
            if (c == '\n') {
                count += lineWithoutClosingPunctuation(text, lineLast);
                lineLast = -1;
            } else if (!Character.isWhitespace(c)) {
                lineLast = i;
            }
        }
        count += lineWithoutClosingPunctuation(text, lineLast);
        return Math.max(1, count);
    }

    static int syllables(String word) {
        return syllables(word, 0, word.length());
    }

    /** Syllables of the word {@code text[start, end)}, lower-cased. */
    private static int syllables(String text, int start, int end) {
        int count = 0;
        boolean inVowels = false;
        for (int i = start; i < end; i++) {
            boolean vowel = isVowel(Character.toLowerCase(text.charAt(i)));
            if (vowel && !inVowels) {
                count++;
            }
            inVowels = vowel;
        }
        char last = lowerAt(text, end - 1, start);
        char beforeLast = lowerAt(text, end - 2, start);
        char third = lowerAt(text, end - 3, start);
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

    /** The end of the run of letters, digits and apostrophes starting at {@code start}. */
    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c != '\'' && !isLetter(c) && !isNumber(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Unicode category L, as {@code \p{L}}; ASCII is decided without a table look-up. */
    private static boolean isLetter(int c) {
        if (c < 128) {
            int lower = c | 0x20;
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(c);
    }

    /** Unicode category N, as {@code \p{N}}: decimal digits, letter numbers and other numbers. */
    private static boolean isNumber(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static int lineWithoutClosingPunctuation(String text, int last) {
        return last >= 0 && !isSentenceEnd(text.charAt(last)) && text.charAt(last) != ':' ? 1 : 0;
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

    private static char lowerAt(String text, int index, int start) {
        return index >= start ? Character.toLowerCase(text.charAt(index)) : 0;
    }
}
