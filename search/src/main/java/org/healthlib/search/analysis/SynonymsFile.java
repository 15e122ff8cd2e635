package org.healthlib.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Reads a {@code synonyms.txt} in Solr format ({@code zits, acne, pimples} or
 * {@code heart attack => myocardial infarction}) into a map for query-time expansion.
 */
public final class SynonymsFile {
    private SynonymsFile() {
    }

    /** The synonyms of a file, or empty when it has no usable entry. */
    public static Optional<SynonymMap> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.getFileName().toString());
        }
    }

    /**
     * Parses synonyms text.
     *
     * @param name the file name used in error messages
     * @throws SynonymsException when an entry cannot be parsed, naming the line
     */
    public static Optional<SynonymMap> parse(Reader text, String name) throws IOException {
        return parseAll(Map.of(name, text));
    }

    private static Optional<SynonymMap> parseAll(Map<String, Reader> texts) throws IOException {
        try (Analyzer entries = HealthAnalyzer.synonymEntries()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
            for (Map.Entry<String, Reader> text : texts.entrySet()) {
                try {
                    parser.parse(text.getValue());
                } catch (ParseException e) {
                    throw new SynonymsException(text.getKey() + ":" + line(e) + ": error: " + describe(e), e);
                }
            }
            SynonymMap map = parser.build();
            return map.fst == null ? Optional.empty() : Optional.of(map);
        }
    }

    /** Lucene names the line only in the message ("Invalid synonym rule at line 3"). */
    private static String line(ParseException e) {
        Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
        return line.find() ? line.group(1) : "0";
    }

    private static final Pattern LINE = Pattern.compile("at line (\\d+)");

    private static String describe(ParseException e) {
        Throwable cause = e.getCause();
        String message = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
        return "invalid synonym entry (" + message + ")";
    }

    /** A {@code synonyms.txt} that cannot be parsed, with a {@code file:line: error:} message. */
    public static final class SynonymsException extends IOException {
        private static final long serialVersionUID = 1L;

        SynonymsException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
