package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.Arrays;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.Position;

/**
 * Checks {@code synonyms.txt}, in Solr's synonym format: one group per line, words separated by
 * commas ({@code heart attack, myocardial infarction}) or a mapping ({@code mi => heart attack});
 * {@code #} starts a comment line.
 */
final class SynonymsFile {

    private SynonymsFile() {
    }

    static void check(Path file, String text, Diagnostics diagnostics) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Position at = new Position(i + 1, 1 + lines[i].indexOf(line.charAt(0)));
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                diagnostics.add(Diagnostic.error(file, at, "a synonym line can have only one '=>'"));
            } else if (Arrays.stream(sides).anyMatch(side -> hasEmptyTerm(side))) {
                diagnostics.add(Diagnostic.error(file, at, "empty word in a synonym line (check the commas and '=>')"));
            } else if (sides.length == 1 && !line.contains(",")) {
                diagnostics.add(Diagnostic.warning(file, at, "a synonym line needs at least two words (got \"" + line + "\")"));
            }
        }
    }

    private static boolean hasEmptyTerm(String side) {
        return Arrays.stream(side.split(",", -1)).anyMatch(String::isBlank);
    }
}
