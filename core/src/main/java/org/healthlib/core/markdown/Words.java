package org.healthlib.core.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word counting as the reading-grade formula defines it: runs of letters, digits and apostrophes that contain a letter. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private Words() {
    }

    static int count(String text) {
        int count = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (containsLetter(text, matcher.start(), matcher.end())) {
                count++;
            }
        }
        return count;
    }

    private static boolean containsLetter(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }
}
