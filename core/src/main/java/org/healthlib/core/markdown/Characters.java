package org.healthlib.core.markdown;

/** Character tests that run on every character of every body, so ASCII is decided without a table look-up. */
final class Characters {

    private Characters() {
    }

    /** {@link Character#isWhitespace(char)}. */
    static boolean isWhitespace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return Character.isWhitespace(c);
    }
}
