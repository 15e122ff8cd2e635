package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.Optional;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.Position;

/**
 * Splits a Markdown file into its YAML front matter, between a first line {@code ---} and the
 * next line {@code ---}, and its body. Spaces after a delimiter are allowed.
 */
final class FrontMatterSplitter {

    /** The two parts of a file; front matter text always starts on line 2 of the file. */
    record Split(String frontMatter, String body, int bodyFirstLine) {
    }

    private FrontMatterSplitter() {
    }

    /** The parts of a (non-empty, LF-only) file, or nothing with a diagnostic. */
    static Optional<Split> split(Path file, String text, Diagnostics diagnostics) {
        int end = lineEnd(text, 0);
        if (!isDelimiter(text, 0, end)) {
            diagnostics.add(Diagnostic.error(file, Position.START,
                    "file does not start with front matter (expected a first line '---')"));
            return Optional.empty();
        }
        int frontMatterStart = Math.min(end + 1, text.length());
        int line = 2;
        for (int start = frontMatterStart; start < text.length(); start = lineEnd(text, start) + 1, line++) {
            int lineEnd = lineEnd(text, start);
            if (isDelimiter(text, start, lineEnd)) {
                String body = lineEnd + 1 < text.length() ? text.substring(lineEnd + 1) : "";
                return Optional.of(new Split(text.substring(frontMatterStart, start), body, line + 1));
            }
        }
        diagnostics.add(Diagnostic.error(file, Position.START, "front matter is not closed (expected a line '---')"));
        return Optional.empty();
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static boolean isDelimiter(String text, int start, int end) {
        if (end - start < 3 || !text.startsWith("---", start)) {
            return false;
        }
        for (int i = start + 3; i < end; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
