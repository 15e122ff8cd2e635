package org.healthlib.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankComparisonTest {
    private static final List<EvalQuery> QUERIES = List.of(new EvalQuery("q1", "zits"), new EvalQuery("q2", "cant sleep"),
            new EvalQuery("q3", "aids"), new EvalQuery("q4", "lazy eye"));
    private static final Qrels QRELS = new Qrels(Map.of("q1", Map.of("acne", 1), "q2", Map.of("insomnia", 2),
            "q3", Map.of("hiv-aids", 1), "q4", Map.of("amblyopia", 1)));

    @Test
    void comparesTheFirstRelevantRankOfEachQuery() {
        Run before = Run.parse(List.of("q1\tacne", "q2\tcant-syndrome sleep insomnia", "q3\thearing-aids hiv-aids",
                "q4\t"), "before.run");
        Run after = Run.parse(List.of("q1\tacne", "q2\tinsomnia", "q3\thearing-aids first-aid", "q4\tx amblyopia"),
                "after.run");

        RankComparison comparison = RankComparison.of(Evaluator.score(before, QUERIES, QRELS),
                Evaluator.score(after, QUERIES, QRELS));

        assertThat(comparison.changes()).extracting(RankComparison.Change::line).containsExactly(
                "   1 ->    1  same    zits",
                "   3 ->    1  better  cant sleep",
                "   2 ->    -  worse   aids",
                "   - ->    2  better  lazy eye");
        assertThat(comparison.summary()).isEqualTo("first relevant rank: 2 better, 1 worse, 1 the same");
    }

    @Test
    void successAtThreeCountsQueriesWithARelevantArticleInTheFirstThree() {
        Run run = Run.parse(List.of("q1\tx y z acne", "q2\tx insomnia", "q3\thiv-aids", "q4\t"), "run");

        EvalReport report = Evaluator.score(run, QUERIES, QRELS);

        assertThat(report.success()).isEqualTo(0.5);
        assertThat(report.readerSummary()).isEqualTo("queries 4  success@3 0.500 (2)  MRR@10 0.438");
    }

    @Test
    void aRunIsWrittenAndReadBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Run run = Run.parse(List.of("cant sleep\tinsomnia insomnia-nhlbi", "aids\t"), "run");
        run.write(dir.resolve("saved.run"));

        assertThat(Run.read(dir.resolve("saved.run"))).isEqualTo(run);
        assertThat(run.ranked("cant sleep")).containsExactly("insomnia", "insomnia-nhlbi");
        assertThat(run.ranked("unknown")).isEmpty();
        assertThatThrownBy(() -> Run.parse(List.of("no tab here"), "saved.run"))
                .hasMessage("saved.run:1: error: expected 'query id<TAB>slug slug ...'");
    }
}
