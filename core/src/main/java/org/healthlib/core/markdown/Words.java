package org.healthlib.core.markdown;

/**
 * Word counting as the reading-grade formula defines it: runs of {@code [\p{L}\p{N}']+} that
 * contain a letter. Written as a loop rather than a regular expression: it runs over every body.
 */
final class Words {

    private Words() {
    }

    static int count(String text) {
        int count = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isWordCharacter(codePoint)) {
                inWord = true;
                hasLetter |= Character.isLetter(codePoint);
            } else {
                if (inWord && hasLetter) {
                    count++;
                }
                inWord = false;
                hasLetter = false;
            }
            i += Character.charCount(codePoint);
        }
        return inWord && hasLetter ? count + 1 : count;
    }

    private static boolean isWordCharacter(int codePoint) {
        if (codePoint == '\'' || Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
