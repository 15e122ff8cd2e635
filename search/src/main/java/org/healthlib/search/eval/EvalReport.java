package org.healthlib.search.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metrics of an evaluation run, averaged over its queries, and each query's figures: nDCG,
 * MRR and recall at {@value #CUTOFF}, success at {@value #SUCCESS_CUTOFF} (a relevant article in
 * the first results a reader sees without scrolling), and, to show how complete the judgments are
 * for this ranking, the share of the top {@value #CUTOFF} that is judged and the condensed-list
 * nDCG (unjudged results taken out, see {@link RankingMetrics#condensedNdcg}).
 */
public record EvalReport(List<QueryResult> queries, double ndcg, double mrr, double recall, double judged,
                         double condensedNdcg, double success) {
    public static final int CUTOFF = 10;
    public static final int SUCCESS_CUTOFF = 3;

    /** One query's ranked slugs (deeper than the cut-off, for the condensed list) and metrics. */
    public record QueryResult(EvalQuery query, List<String> ranked, double ndcg, double reciprocalRank, double recall,
                              double judged, double condensedNdcg, int firstRelevant) {
        public QueryResult {
            ranked = List.copyOf(ranked);
        }

        /** Scores a ranking against the query's judgments at the cut-off. */
        public static QueryResult of(EvalQuery query, List<String> ranked, Map<String, Integer> grades) {
            return new QueryResult(query, ranked, RankingMetrics.ndcg(ranked, grades, CUTOFF),
                    RankingMetrics.reciprocalRank(ranked, grades, CUTOFF), RankingMetrics.recall(ranked, grades, CUTOFF),
                    RankingMetrics.judgedShare(ranked, grades, CUTOFF), RankingMetrics.condensedNdcg(ranked, grades, CUTOFF),
                    RankingMetrics.firstRelevantRank(ranked, grades));
        }

        /** The results within the cut-off. */
        public List<String> top() {
            return ranked.subList(0, Math.min(CUTOFF, ranked.size()));
        }

        /** Whether a relevant article is within the first {@value #SUCCESS_CUTOFF}. */
        public boolean succeeded() {
            return firstRelevant > 0 && firstRelevant <= SUCCESS_CUTOFF;
        }
    }

    public EvalReport {
        queries = List.copyOf(queries);
    }

    static EvalReport of(List<QueryResult> results) {
        return new EvalReport(results,
                results.stream().mapToDouble(QueryResult::ndcg).average().orElse(0),
                results.stream().mapToDouble(QueryResult::reciprocalRank).average().orElse(0),
                results.stream().mapToDouble(QueryResult::recall).average().orElse(0),
                results.stream().mapToDouble(QueryResult::judged).average().orElse(0),
                results.stream().mapToDouble(QueryResult::condensedNdcg).average().orElse(0),
                results.stream().mapToDouble(result -> result.succeeded() ? 1 : 0).average().orElse(0));
    }

    /** {@code queries 39  nDCG@10 0.861  MRR@10 0.902  recall@10 0.734  judged@10 0.25  judged-only nDCG@10 0.950} */
    public String summary() {
        return String.format(Locale.ROOT, "queries %d  nDCG@%d %.3f  MRR@%d %.3f  recall@%d %.3f  judged@%d %.2f"
                        + "  judged-only nDCG@%d %.3f",
                queries.size(), CUTOFF, ndcg, CUTOFF, mrr, CUTOFF, recall, CUTOFF, judged, CUTOFF, condensedNdcg);
    }

    /**
     * The figures of reader queries, whose judgments are the acceptable articles only:
     * {@code queries 107  success@3 0.944 (101)  MRR@10 0.870}.
     */
    public String readerSummary() {
        long succeeded = queries.stream().filter(QueryResult::succeeded).count();
        return String.format(Locale.ROOT, "queries %d  success@%d %.3f (%d)  MRR@%d %.3f",
                queries.size(), SUCCESS_CUTOFF, success, succeeded, CUTOFF, mrr);
    }
}
