package org.healthlib.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.healthlib.search.query.SearchService;
import org.healthlib.search.testing.Medquad;
import org.junit.jupiter.api.Test;

/**
 * The TREC 2017 LiveQA questions over MedQuAD, with judged relevance: our search against plain
 * BM25. The floor is the figure measured when the ranking was last tuned (docs/search.md), so a
 * change that loses relevance fails here.
 */
class MedquadEvalTest {
    private static final double MEASURED_NDCG = 0.837;

    @Test
    void ranksJudgedArticlesBetterThanPlainBm25() throws Exception {
        Medquad.assumePresent();
        List<EvalQuery> queries = EvalQuery.read(Medquad.evaluation().resolve("liveqa-queries.tsv"));
        Qrels qrels = Qrels.read(Medquad.evaluation().resolve("liveqa-qrels.txt"));
        EvalReport baseline = BaselineBm25.evaluate(Medquad.articles(), new StandardAnalyzer(), queries, qrels);
        EvalReport english = BaselineBm25.evaluate(Medquad.articles(), new EnglishAnalyzer(), queries, qrels);
        EvalReport ours;
        try (SearchService search = Medquad.search()) {
            ours = Evaluator.evaluate(search, queries, qrels);
        }
        System.out.println("eval: BM25 title+body, StandardAnalyzer  " + baseline.summary());
        System.out.println("eval: BM25 title+body, EnglishAnalyzer   " + english.summary());
        System.out.println("eval: healthlib search                   " + ours.summary());
        assertThat(ours.queries()).hasSize(39);
        assertThat(ours.ndcg()).isGreaterThanOrEqualTo(MEASURED_NDCG - 0.005).isGreaterThan(english.ndcg());
    }
}
