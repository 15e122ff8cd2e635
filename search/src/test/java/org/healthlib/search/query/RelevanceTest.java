package org.healthlib.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.healthlib.search.eval.EvalReport;
import org.healthlib.search.eval.Evaluator;
import org.healthlib.search.eval.ReaderQueries;
import org.healthlib.search.testing.Medquad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reader-style queries over the MedQuAD corpus and the articles a reader would accept
 * ({@code relevance/README.md} says how they were made and judged): at least 90% of
 * {@code queries.tsv} must have one of them in the top 3. The everyday phrases of
 * {@code lay-queries.tsv}, which no article uses as a name, are held at the level measured
 * (docs/search.md), so that a change that loses one of them is seen.
 */
class RelevanceTest {
    private static final double REQUIRED = 0.90;
    /**
     * Lay phrases with an acceptable article in the top 3, as measured (docs/search.md, "Reader
     * queries"). It was 11 while MedQuAD's index was one HNSW graph: that graph's approximate search
     * missed the "ring chromosome" articles for "ringing in the ears" (19th and 22nd nearest), which
     * kept Tinnitus 2nd. Written in two parts at once, the index searches two smaller graphs, finds
     * them, and Tinnitus is 4th; "excema" of queries.tsv gained a place the same way.
     */
    private static final int LAY_MEASURED = 10;
    static SearchService search;

    @BeforeAll
    static void index() throws IOException {
        search = Medquad.search();
    }

    @AfterAll
    static void close() throws IOException {
        if (search != null) {
            search.close();
        }
    }

    @Test
    void mostReaderQueriesFindAnExpectedArticleInTheTopThree() throws IOException {
        ReaderQueries.Judged queries = read("queries.tsv");
        assertThat(queries.queries()).hasSizeGreaterThanOrEqualTo(100);

        EvalReport report = evaluate("queries.tsv", queries);

        assertThat(report.success()).as("share of queries with an expected article in the top 3; missed: %s",
                misses(report)).isGreaterThanOrEqualTo(REQUIRED);
    }

    @Test
    void layPhrasesStayAtTheMeasuredLevel() throws IOException {
        ReaderQueries.Judged queries = read("lay-queries.tsv");

        EvalReport report = evaluate("lay-queries.tsv", queries);

        assertThat(report.queries().stream().filter(EvalReport.QueryResult::succeeded).count())
                .as("lay phrases with an expected article in the top 3; missed: %s", misses(report))
                .isGreaterThanOrEqualTo(LAY_MEASURED);
    }

    private static EvalReport evaluate(String file, ReaderQueries.Judged queries) throws IOException {
        EvalReport report = Evaluator.evaluate(search, queries.queries(), queries.qrels());
        System.out.println("relevance, " + file + ": " + report.readerSummary());
        misses(report).forEach(miss -> System.out.println("  missed: " + miss));
        return report;
    }

    private static List<String> misses(EvalReport report) {
        return report.queries().stream().filter(result -> !result.succeeded())
                .map(result -> result.query().text() + " -> " + result.top().subList(0, Math.min(3, result.top().size()))
                        + " (first expected at " + (result.firstRelevant() == 0 ? "-" : result.firstRelevant()) + ")")
                .toList();
    }

    static ReaderQueries.Judged read(String file) throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ReaderQueries.parse(text.lines().toList(), "relevance/" + file);
        }
    }
}
