package org.healthlib.search.index;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthlib.core.model.Article;

/**
 * The abbreviation an article uses for its own title: the initials of the title's words
 * ("Normal Pressure Hydrocephalus" -> "NPH", "Limb-girdle muscular dystrophy" -> "LGMD"), kept
 * only when the article writes it in capitals in its summary or body and its editor did not
 * already list it among the also-called names. Readers type these abbreviations; articles
 * often use them without spelling them out again. Abbreviations shorter than three letters
 * ("CT", "MS") are too ambiguous to derive and must be listed by the editor.
 */
final class TitleAbbreviation {
    static final int MIN_LETTERS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words left out of initials: "Disorders of the Kidney" is not "DOTK". */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with");

    private TitleAbbreviation() {
    }

    /** @param text the article's body text, as the caller already read it (a large library keeps it deflated) */
    static Optional<String> of(Article article, String text) {
        StringBuilder initials = new StringBuilder();
        Matcher word = WORD.matcher(article.title());
        while (word.find()) {
            if (!SMALL_WORDS.contains(word.group().toLowerCase(Locale.ROOT))) {
                initials.append(Character.toUpperCase(word.group().charAt(0)));
            }
        }
        String abbreviation = initials.toString();
        if (abbreviation.length() < MIN_LETTERS || listed(article, abbreviation)) {
            return Optional.empty();
        }
        return usedIn(article.summary(), abbreviation) || usedIn(text, abbreviation)
                ? Optional.of(abbreviation) : Optional.empty();
    }

    /**
     * Whether {@code text} holds {@code abbreviation} as a whole word, in the same case. A search
     * for the string, then a look at its neighbours: a regular expression with look-around, run
     * over every body of a 10,000-article library, was 2% of the index's work.
     */
    static boolean usedIn(String text, String abbreviation) {
        for (int at = text.indexOf(abbreviation); at >= 0; at = text.indexOf(abbreviation, at + 1)) {
            int end = at + abbreviation.length();
            if ((at == 0 || !isWordCharacter(text.codePointBefore(at)))
                    && (end == text.length() || !isWordCharacter(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** A letter or a number ({@code [\\p{L}\\p{N}]}, as {@link #WORD}). */
    private static boolean isWordCharacter(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean listed(Article article, String abbreviation) {
        return article.alsoCalled().stream().anyMatch(name -> name.equalsIgnoreCase(abbreviation));
    }
}
