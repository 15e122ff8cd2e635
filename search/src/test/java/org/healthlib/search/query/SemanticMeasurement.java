package org.healthlib.search.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthlib.core.config.SearchSettings;
import org.healthlib.search.eval.EvalQuery;
import org.healthlib.search.eval.EvalReport;
import org.healthlib.search.eval.Evaluator;
import org.healthlib.search.eval.Qrels;
import org.healthlib.search.eval.ReaderQueries;
import org.healthlib.search.testing.Medquad;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The figures of docs/search.md's "Semantic search": reader queries (success@3, MRR@10) and the
 * LiveQA questions, by words only and by words and meaning, and with folder weights. A measurement,
 * not a test: run it with {@code -Dhealthlib.measure=true}.
 */
class SemanticMeasurement {
    @Test
    void printFigures() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("healthlib.measure"), "set -Dhealthlib.measure=true to measure");
        Medquad.assumePresent();
        List<EvalQuery> queries = EvalQuery.read(Medquad.evaluation().resolve("liveqa-queries.tsv"));
        Qrels qrels = Qrels.read(Medquad.evaluation().resolve("liveqa-qrels.txt"));
        for (boolean semantic : List.of(false, true)) {
            try (SearchService search = Medquad.search(semantic)) {
                print(semantic ? "words and meaning" : "words only", search, queries, qrels);
            }
        }
        for (String weights : System.getProperty("healthlib.weights", "mplushealthtopics=1.2;mplushealthtopics=1.5,ghr=0.8").split(";")) {
            if (weights.isBlank()) {
                continue;
            }
            Path dir = Files.createTempDirectory("medquad-weighted");
            try (SearchService search = Medquad.search(new SearchSettings(true, parse(weights)), dir)) {
                print("words and meaning, weights " + weights, search, queries, qrels);
            }
        }
    }

    /**
     * What vectors add to writing the MedQuAD index when all are cached: each way twice, the second
     * counted; then every article embedded afresh (an empty cache). The indexes are left in
     * {@code -Dhealthlib.measure.dir} for timing the HTTP API.
     */
    @Test
    void printIndexingCost() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("healthlib.measure"), "set -Dhealthlib.measure=true to measure");
        Medquad.assumePresent();
        List<org.healthlib.core.model.Article> articles = Medquad.articles();
        Path dir = Path.of(System.getProperty("healthlib.measure.dir", Files.createTempDirectory("medquad-cost").toString()));
        for (int run = 0; run < 2; run++) {
            for (boolean semantic : List.of(false, true)) {
                org.healthlib.search.index.IndexOptions options = org.healthlib.search.index.IndexOptions.of(
                        new SearchSettings(semantic, Map.of()), org.healthlib.search.testing.Embedders.miniLm(),
                        org.healthlib.search.testing.Embedders.cacheDir());
                long start = System.nanoTime();
                org.healthlib.search.index.ArticleIndexer.writeAtomically(articles,
                        org.healthlib.core.model.Synonyms.none(), dir.resolve("index-" + semantic), options);
                System.out.printf(Locale.ROOT, "measure: index write, semantic %s, run %d: %.2f s%n",
                        semantic, run + 1, (System.nanoTime() - start) / 1e9);
            }
        }
        org.healthlib.search.testing.Embedders.miniLm().embed("warm the model up");
        long start = System.nanoTime();
        new org.healthlib.search.embedding.VectorCache(dir.resolve("cold-cache"), org.healthlib.search.testing.Embedders.miniLm())
                .vectors(articles.stream().map(org.healthlib.search.index.ArticleVectors::textOf).toList());
        System.out.printf(Locale.ROOT, "measure: %d articles embedded with an empty cache: %.1f s%n",
                articles.size(), (System.nanoTime() - start) / 1e9);
    }

    private static Map<String, Double> parse(String weights) {
        Map<String, Double> parsed = new java.util.HashMap<>();
        for (String pair : weights.split(",")) {
            String[] parts = pair.split("=");
            parsed.put(parts[0], Double.parseDouble(parts[1]));
        }
        return parsed;
    }

    private static void print(String name, SearchService search, List<EvalQuery> queries, Qrels qrels) throws IOException {
        StringBuilder readers = new StringBuilder();
        for (String file : List.of("queries.tsv", "lay-queries.tsv")) {
            ReaderQueries.Judged judged = RelevanceTest.read(file);
            EvalReport report = Evaluator.evaluate(search, judged.queries(), judged.qrels());
            readers.append(file).append(": ").append(report.readerSummary()).append("; ");
        }
        EvalReport liveqa = Evaluator.evaluate(search, queries, qrels);
        System.out.printf(Locale.ROOT, "measure: %s: %sLiveQA %s%n", name, readers, liveqa.summary());
    }
}
