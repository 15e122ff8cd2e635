package org.healthlib.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009) of the lexical ranking and the
 * ranking by meaning: an article's score is 1 / (k + its lexical rank) + 0.7 / (k + its rank by
 * meaning), each counted in the first {@link #DEPTH} of its ranking, times its folder weight. Ranks, not scores, are fused: BM25
 * scores and cosines are on scales that cannot be added. Lexical hits beyond the depth follow in
 * their own order.
 */
final class RankFusion {
    /** How many of each ranking are fused. */
    static final int DEPTH = 50;
    /** The usual constant: the first ranks count a little more than the next, none dominates. */
    private static final int K = 60;
    /**
     * The ranking by meaning counts 0.7 of the lexical one: on the LiveQA questions, equal weights
     * gave nDCG@10 0.830, 0.7 gave 0.845 and 0.5 gave 0.860 but judged-only nDCG fell below 0.96
     * (docs/search.md, "Semantic search").
     */
    private static final double DENSE_WEIGHT = 0.7;

    private RankFusion() {
    }

    static ScoreDoc[] fuse(IndexSearcher searcher, ScoreDoc[] lexical, List<ScoreDoc> dense) throws IOException {
        Map<Integer, Double> scores = new HashMap<>();
        for (int rank = 0; rank < Math.min(DEPTH, lexical.length); rank++) {
            scores.merge(lexical[rank].doc, 1.0 / (K + rank + 1), Double::sum);
        }
        for (int rank = 0; rank < Math.min(DEPTH, dense.size()); rank++) {
            scores.merge(dense.get(rank).doc, DENSE_WEIGHT / (K + rank + 1), Double::sum);
        }
        List<ScoreDoc> fused = new ArrayList<>(scores.size());
        for (Map.Entry<Integer, Double> entry : scores.entrySet()) {
            double weighted = entry.getValue() * FolderWeights.of(searcher, entry.getKey());
            fused.add(new ScoreDoc(entry.getKey(), (float) weighted));
        }
        fused.sort(Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc));
        Set<Integer> listed = new LinkedHashSet<>();
        List<ScoreDoc> all = new ArrayList<>(fused);
        fused.forEach(hit -> listed.add(hit.doc));
        for (int rank = DEPTH; rank < lexical.length; rank++) {
            if (listed.add(lexical[rank].doc)) {
                all.add(lexical[rank]);
            }
        }
        return all.toArray(ScoreDoc[]::new);
    }
}
