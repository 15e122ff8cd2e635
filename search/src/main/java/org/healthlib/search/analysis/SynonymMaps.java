package org.healthlib.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.healthlib.core.content.SynonymsFile;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.model.Synonyms;

/**
 * Turns the library's synonyms (read by core's {@link SynonymsFile}) into the map the query
 * analyzer expands, as Solr's parser would with {@code expand=true}: each word of a group stands
 * for every other, and the words left of {@code =>} for those right of it. Each word goes through
 * the analyzer's chain first, and this is the rule that can refuse one: a word the search leaves
 * out entirely ({@code the}, {@code what}) cannot be a synonym. {@code check}, {@code build} and
 * {@code serve} all run {@link #check}; the index is written only from synonyms that passed it.
 */
public final class SynonymMaps {
    private SynonymMaps() {
    }

    /** The problems of the synonyms, each at the word's line and column of {@code synonyms.txt}. */
    public static List<Diagnostic> check(Synonyms synonyms) {
        Diagnostics diagnostics = new Diagnostics();
        build(synonyms, diagnostics);
        return diagnostics.sorted();
    }

    /** The map of the synonyms, empty when there are none; a word that cannot be used is reported and left out. */
    public static Optional<SynonymMap> build(Synonyms synonyms, Diagnostics diagnostics) {
        if (synonyms.isEmpty()) {
            return Optional.empty();
        }
        try (Analyzer entries = HealthAnalyzer.synonymEntries()) {
            Entries parser = new Entries(entries);
            for (Synonyms.Rule rule : synonyms.rules()) {
                parser.add(rule, diagnostics);
            }
            SynonymMap map = parser.build();
            return map.fst == null ? Optional.empty() : Optional.of(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The synonyms an index folder keeps ({@code synonyms.txt}, copied by the indexer), as a map. */
    public static Optional<SynonymMap> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Diagnostics ignored = new Diagnostics();
        return build(SynonymsFile.read(SynonymsFile.NAME, Files.readString(file), ignored), ignored);
    }

    /** Lucene's builder, fed rule by rule instead of by its own parser. */
    private static final class Entries extends SynonymMap.Parser {
        Entries(Analyzer analyzer) {
            super(true, analyzer);
        }

        @Override
        public void parse(Reader in) {
            throw new UnsupportedOperationException("synonyms are read by core's SynonymsFile");
        }

        void add(Synonyms.Rule rule, Diagnostics diagnostics) throws IOException {
            List<CharsRef> inputs = analyzed(rule.inputs(), diagnostics);
            List<CharsRef> outputs = rule.isMapping() ? analyzed(rule.outputs(), diagnostics) : inputs;
            if (inputs.size() < rule.inputs().size() || rule.isMapping() && outputs.size() < rule.outputs().size()) {
                return;
            }
            // As Solr's parser: every input maps to every output, itself included, without keeping the original.
            for (CharsRef input : inputs) {
                for (CharsRef output : outputs) {
                    add(input, output, false);
                }
            }
        }

        private List<CharsRef> analyzed(List<Synonyms.Term> terms, Diagnostics diagnostics) throws IOException {
            List<CharsRef> analyzed = new ArrayList<>();
            for (Synonyms.Term term : terms) {
                try {
                    analyzed.add(analyze(term.words(), new CharsRefBuilder()));
                } catch (IllegalArgumentException e) {
                    diagnostics.add(Diagnostic.error(SynonymsFile.NAME, term.at(), "'" + term.words()
                            + "' is left out of every search (a word such as 'the' or 'what' is not searched),"
                            + " so it cannot be a synonym; remove it or write the words readers type"));
                }
            }
            return analyzed;
        }
    }
}
