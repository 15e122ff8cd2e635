package org.healthlib.core.drafts;

import java.util.regex.Pattern;

/**
 * Plain text as a Markdown paragraph that renders as the same text: characters Markdown reads as
 * emphasis, code, links or HTML are escaped, and so is a start that would make a heading, quote,
 * list or rule.
 */
final class MarkdownText {
    private static final Pattern BLOCK_START = Pattern.compile("^(#{1,6}(?=\\s|$)|>|[-+*](?=\\s|$)|=+|\\d{1,9}(?=[.)]))");

    private MarkdownText() {
    }

    static String paragraph(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        var start = BLOCK_START.matcher(out);
        if (!start.find()) {
            return out.toString();
        }
        String marker = start.group(1);
        if (Character.isDigit(marker.charAt(0))) {
            int end = marker.length();
            return out.substring(0, end) + "\\" + out.substring(end);
        }
        return "\\" + out;
    }
}
