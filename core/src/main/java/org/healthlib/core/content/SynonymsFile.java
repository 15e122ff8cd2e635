package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.model.Synonyms;

/**
 * Reads {@code synonyms.txt}, in Solr's synonym format: one group per line, words separated by
 * commas ({@code heart attack, myocardial infarction}) or a mapping ({@code mi => heart attack});
 * {@code #} starts a comment line. The one reader of the format: the loader reads the content
 * folder's file with it, and the search reads its index's copy with it.
 */
public final class SynonymsFile {
    /** The file's name in a content folder and in an index folder. */
    public static final Path NAME = Path.of("synonyms.txt");

    private SynonymsFile() {
    }

    /** The rules of {@code text}; a line with a problem is reported on {@code file} and left out. */
    public static Synonyms read(Path file, String text, Diagnostics diagnostics) {
        List<Synonyms.Rule> rules = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            Position at = new Position(i + 1, 1 + line.indexOf(content.charAt(0)));
            int arrow = line.indexOf("=>");
            if (arrow >= 0 && line.indexOf("=>", arrow + 2) >= 0) {
                diagnostics.add(Diagnostic.error(file, at, "a synonym line can have only one '=>'"));
                continue;
            }
            List<Synonyms.Term> inputs = terms(line, i + 1, 0, arrow < 0 ? line.length() : arrow);
            List<Synonyms.Term> outputs = arrow < 0 ? List.of() : terms(line, i + 1, arrow + 2, line.length());
            if (inputs.stream().anyMatch(term -> term.words().isEmpty())
                    || outputs.stream().anyMatch(term -> term.words().isEmpty())) {
                diagnostics.add(Diagnostic.error(file, at, "empty word in a synonym line (check the commas and '=>')"));
            } else if (arrow < 0 && inputs.size() < 2) {
                diagnostics.add(Diagnostic.warning(file, at, "a synonym line needs at least two words (got \"" + content + "\")"));
            } else {
                rules.add(new Synonyms.Rule(inputs, outputs));
            }
        }
        return new Synonyms(text, rules);
    }

    /** The comma-separated terms of {@code line} between {@code from} and {@code to}, stripped, with their columns. */
    private static List<Synonyms.Term> terms(String line, int lineNumber, int from, int to) {
        List<Synonyms.Term> terms = new ArrayList<>();
        int start = from;
        while (true) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 || comma > to ? to : comma;
            String raw = line.substring(start, end);
            String words = raw.strip();
            int column = start + 1 + (words.isEmpty() ? 0 : raw.indexOf(words.charAt(0)));
            terms.add(new Synonyms.Term(words, new Position(lineNumber, column)));
            if (end == to) {
                return terms;
            }
            start = end + 1;
        }
    }
}
