package org.healthlib.search.eval;

import java.util.List;
import java.util.Locale;

/** The metrics of an evaluation run, averaged over its queries, and each query's figures. */
public record EvalReport(List<QueryResult> queries, double ndcg, double mrr, double recall) {
    public static final int CUTOFF = 10;

    /** One query's ranked slugs and metrics. */
    public record QueryResult(EvalQuery query, List<String> ranked, double ndcg, double reciprocalRank, double recall) {
        public QueryResult {
            ranked = List.copyOf(ranked);
        }
    }

    public EvalReport {
        queries = List.copyOf(queries);
    }

    static EvalReport of(List<QueryResult> results) {
        return new EvalReport(results,
                results.stream().mapToDouble(QueryResult::ndcg).average().orElse(0),
                results.stream().mapToDouble(QueryResult::reciprocalRank).average().orElse(0),
                results.stream().mapToDouble(QueryResult::recall).average().orElse(0));
    }

    /** {@code queries 39  nDCG@10 0.861  MRR@10 0.902  recall@10 0.734} */
    public String summary() {
        return String.format(Locale.ROOT, "queries %d  nDCG@%d %.3f  MRR@%d %.3f  recall@%d %.3f",
                queries.size(), CUTOFF, ndcg, CUTOFF, mrr, CUTOFF, recall);
    }
}
