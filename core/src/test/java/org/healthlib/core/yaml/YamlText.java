package org.healthlib.core.yaml;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generators of text that looks like YAML, hostile YAML included, for property tests. */
public final class YamlText {
    private static final List<String> PIECES = List.of(
            "title", "slug", "reviewed", "sources", "a", "é", "😀", ": ", ":", "- ", "-", "\n", "\n  ", "  ", "\t",
            "\"", "'", "\\", "[", "]", "{", "}", ",", "#", "&a ", "*a", "&b [*a, *a]", "!!python/object:os.system ",
            "!!binary ", "!<tag:x>", "|", ">", "? ", "---", "...", "%YAML 1.2\n", "<<: ", "2024-01-32", "0x1F",
            "~", "null", "yes", "\u0000", "\u0007", "\uFEFF", "\r", "\u2028", "\u0085", "\uD800", "x".repeat(300));

    private YamlText() {
    }

    /** Up to 60 pieces of YAML syntax, words and awkward characters, joined. */
    public static Arbitrary<String> yamlish() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    /** YAML-like text, or any text at all. */
    public static Arbitrary<String> anyText() {
        return Arbitraries.oneOf(yamlish(), Arbitraries.strings().ofMaxLength(400),
                Arbitraries.strings().withChars("-: \n\t\"'[]{}&*!|>#").ofMaxLength(200));
    }

    /** The lines of a text, each ended by LF (how the front matter splitter and Markdown count them). */
    public static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }

    /**
     * The lines of a text as YAML counts them: CR LF, and also a lone CR, NEL, LS and PS end a line.
     * A file that holds those characters gets YAML positions further down than an editor that
     * only breaks lines at LF shows; they are still within the file.
     */
    public static int yamlLines(String text) {
        String breaks = text.replace("\r\n", "\n");
        return (int) breaks.chars().filter(c -> c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                .count() + 1;
    }
}
