package org.healthlib.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 0, "d", 1);

    @Test
    void ndcgIsOneForTheIdealRanking() {
        assertThat(RankingMetrics.ndcg(List.of("a", "b", "d"), GRADES, 10)).isEqualTo(1.0);
    }

    @Test
    void ndcgUsesExponentialGainsAndALog2Discount() {
        // DCG  = (2^2-1)/log2(2) + (2^3-1)/log2(3) + 0 + (2^1-1)/log2(5) = 3 + 4.41650 + 0.43068 = 7.84718
        // IDCG = 7/1 + 3/log2(3) + 1/log2(4) = 7 + 1.89279 + 0.5 = 9.39279
        assertThat(RankingMetrics.ndcg(List.of("b", "a", "x", "d"), GRADES, 10)).isCloseTo(0.83545, within(1e-5));
    }

    @Test
    void ndcgCutsAtK() {
        // only "x" and "b" count at k=2: 3/log2(3) = 1.89279; IDCG@2 = 7 + 1.89279 = 8.89279
        assertThat(RankingMetrics.ndcg(List.of("x", "b", "a"), GRADES, 2)).isCloseTo(0.21285, within(1e-5));
    }

    @Test
    void reciprocalRankIsThatOfTheFirstResultGradedOneOrMore() {
        assertThat(RankingMetrics.reciprocalRank(List.of("c", "x", "d", "a"), GRADES, 10)).isEqualTo(1.0 / 3);
        assertThat(RankingMetrics.reciprocalRank(List.of("c", "x"), GRADES, 10)).isZero();
        assertThat(RankingMetrics.reciprocalRank(List.of("c", "x", "a"), GRADES, 2)).isZero();
    }

    @Test
    void recallCountsResultsGradedOneOrMore() {
        assertThat(RankingMetrics.recall(List.of("a", "c", "x"), GRADES, 10)).isEqualTo(1.0 / 3);
        assertThat(RankingMetrics.recall(List.of("d", "b", "a"), GRADES, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.recall(List.of("d", "b", "a"), GRADES, 1)).isEqualTo(1.0 / 3);
    }

    @Test
    void condensedNdcgTakesTheUnjudgedOut() {
        // "x" and "y" are unjudged: the condensed list is b, a, d (DCG 7.84718 - 0.43068 + 1/log2(4) = 7.91650)
        assertThat(RankingMetrics.condensedNdcg(List.of("x", "b", "y", "a", "d"), GRADES, 10))
                .isCloseTo(RankingMetrics.ndcg(List.of("b", "a", "d"), GRADES, 10), within(1e-12))
                .isCloseTo(0.84282, within(1e-5));
        assertThat(RankingMetrics.ndcg(List.of("x", "b", "y", "a", "d"), GRADES, 10)).isLessThan(0.7);
    }

    @Test
    void judgedShareCountsGradeZeroAsJudged() {
        assertThat(RankingMetrics.judgedShare(List.of("c", "x", "a", "y"), GRADES, 10)).isEqualTo(0.5);
        assertThat(RankingMetrics.judgedShare(List.of("c", "x", "a", "y"), GRADES, 1)).isEqualTo(1.0);
        assertThat(RankingMetrics.judgedShare(List.of(), GRADES, 10)).isZero();
    }

    @Test
    void readsTrecQrelsAndQueries() {
        Qrels qrels = Qrels.parse(List.of("1 0 heart-attack 3", "1 0 angina 0", "", "2 0 acne 2"), "q.txt");
        assertThat(qrels.grade("1", "heart-attack")).isEqualTo(3);
        assertThat(qrels.grade("1", "unjudged")).isZero();
        assertThat(qrels.judged("2")).containsExactly(Map.entry("acne", 2));
        assertThat(EvalQuery.parse(List.of("1\twhat is a heart attack", "2\tzits"), "q.tsv"))
                .containsExactly(new EvalQuery("1", "what is a heart attack"), new EvalQuery("2", "zits"));
    }

    @Test
    void malformedLinesAreNamed() {
        assertThatThrownBy(() -> Qrels.parse(List.of("1 0 a 1", "1 0 b"), "q.txt"))
                .hasMessage("q.txt:2: error: expected 'qid 0 slug grade', got \"1 0 b\"");
        assertThatThrownBy(() -> EvalQuery.parse(List.of("no tab here"), "q.tsv"))
                .hasMessage("q.tsv:1: error: expected 'qid<TAB>query'");
    }
}
