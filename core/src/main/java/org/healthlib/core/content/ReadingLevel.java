package org.healthlib.core.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|\\z)");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
    private static final String[] KEEP_ES_ED = {"ted", "ded", "ses", "zes", "ces", "ges"};

    /** Counts the words, sentences and syllables of a plain text. */
    public static ReadingLevel of(String plainText) {
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(plainText);
        while (word.find()) {
            String text = word.group();
            if (LETTER.matcher(text).find()) {
                words++;
                syllables += syllables(text);
            }
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

    static int sentences(String text) {
        int count = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            count++;
        }
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && ".!?:".indexOf(trimmed.charAt(trimmed.length() - 1)) < 0) {
                count++;
            }
        }
        return Math.max(1, count);
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
        if ((lower.endsWith("es") || lower.endsWith("ed")) && count > 1 && !endsWithAny(lower, KEEP_ES_ED)) {
            count--;
        }
        return Math.max(1, count);
    }

    private static boolean endsWithAny(String word, String[] endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
