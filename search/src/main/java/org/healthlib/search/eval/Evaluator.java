package org.healthlib.search.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthlib.search.query.SearchHit;
import org.healthlib.search.query.SearchRequest;
import org.healthlib.search.query.SearchService;

/**
 * Runs judged queries through the search service and scores the top {@value EvalReport#CUTOFF}
 * (the condensed list is taken from the top {@value SearchRequest#MAX_SIZE}). Queries without
 * judgments are left out, as trec_eval does.
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
            SearchRequest request = new SearchRequest(query.text(), Optional.empty(), Optional.empty(), 1,
                    SearchRequest.MAX_SIZE);
            List<String> ranked = search.search(request).hits().stream().map(SearchHit::slug).toList();
            results.add(EvalReport.QueryResult.of(query, ranked, grades));
        }
        return EvalReport.of(results);
    }
}
