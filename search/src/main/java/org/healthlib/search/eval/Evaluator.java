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
 * (the condensed list and the first relevant rank are taken from the top
 * {@value SearchRequest#MAX_SIZE}). Queries without judgments are left out, as trec_eval does.
 */
public final class Evaluator {
    private Evaluator() {
    }

    public static EvalReport evaluate(SearchService search, List<EvalQuery> queries, Qrels qrels) throws IOException {
        return score(run(search, queries), queries, qrels);
    }

    /** Each query's ranking, as a run that can be saved and scored again. */
    public static Run run(SearchService search, List<EvalQuery> queries) throws IOException {
        List<Run.Ranking> rankings = new ArrayList<>();
        for (EvalQuery query : queries) {
            SearchRequest request = new SearchRequest(query.text(), Optional.empty(), Optional.empty(), 1,
                    SearchRequest.MAX_SIZE);
            rankings.add(new Run.Ranking(query.id(), search.search(request).hits().stream().map(SearchHit::slug).toList()));
        }
        return new Run(rankings);
    }

    /** Scores a run (made now or saved earlier); a query the run lacks counts as finding nothing. */
    public static EvalReport score(Run run, List<EvalQuery> queries, Qrels qrels) {
        List<EvalReport.QueryResult> results = new ArrayList<>();
        for (EvalQuery query : queries) {
            Map<String, Integer> grades = qrels.judged(query.id());
            if (!grades.isEmpty()) {
                results.add(EvalReport.QueryResult.of(query, run.ranked(query.id()), grades));
            }
        }
        return EvalReport.of(results);
    }
}
