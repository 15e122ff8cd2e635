package org.healthlib.search.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthlib.search.query.SearchHit;
import org.healthlib.search.query.SearchRequest;
import org.healthlib.search.query.SearchService;

/**
 * Runs judged queries through the search service and scores the top {@value EvalReport#CUTOFF}.
 * Queries without judgments are left out, as trec_eval does.
 */
public final class Evaluator {
    private Evaluator() {
    }

    public static EvalReport evaluate(SearchService search, List<EvalQuery> queries, Qrels qrels) throws IOException {
        List<EvalReport.QueryResult> results = new ArrayList<>();
        for (EvalQuery query : queries) {
            Map<String, Integer> grades = qrels.judged(query.id());
            if (grades.isEmpty()) {
                continue;
            }
            List<String> ranked = search.search(SearchRequest.of(query.text())).hits().stream()
                    .map(SearchHit::slug).toList();
            int k = EvalReport.CUTOFF;
            results.add(new EvalReport.QueryResult(query, ranked, RankingMetrics.ndcg(ranked, grades, k),
                    RankingMetrics.reciprocalRank(ranked, grades, k), RankingMetrics.recall(ranked, grades, k)));
        }
        return EvalReport.of(results);
    }
}
