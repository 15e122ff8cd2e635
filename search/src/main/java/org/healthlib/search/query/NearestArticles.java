package org.healthlib.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.healthlib.search.index.ArticleFields;
import org.healthlib.search.index.ArticleVectors;

/**
 * The ranking by meaning: the articles whose vectors are nearest the query's (HNSW search of
 * {@link ArticleFields#VECTOR}), best first, those too far to be about the query left out.
 */
final class NearestArticles {
    /**
     * The lowest cosine kept. Below it the model sees no shared meaning: nonsense and unrelated
     * queries stay empty instead of returning the 50 nearest articles of the library.
     */
    static final float MIN_COSINE = 0.35f;
    /**
     * The graph is searched for this many neighbours, of which the first {@link RankFusion#DEPTH}
     * are kept: a wider search finds the true nearest more often in a graph built with a small beam
     * ({@code index.VectorCodec}), for a millisecond or so.
     */
    private static final int SEARCH_BEAM = 100;

    private NearestArticles() {
    }

    /** Up to {@link RankFusion#DEPTH} articles, nearest first; scores are (1 + cos) / 2, Lucene's score of a dot product of vectors of length 1. */
    static List<ScoreDoc> of(IndexSearcher searcher, float[] vector) throws IOException {
        ScoreDoc[] nearest = searcher.search(new KnnFloatVectorQuery(ArticleFields.VECTOR,
                ArticleVectors.unitLength(vector), SEARCH_BEAM),
                RankFusion.DEPTH).scoreDocs;
        float minScore = (1 + MIN_COSINE) / 2;
        List<ScoreDoc> kept = new ArrayList<>();
        for (ScoreDoc hit : nearest) {
            if (hit.score >= minScore) {
                kept.add(hit);
            }
        }
        return kept;
    }

    /** A query that matches exactly these articles, for the filters, the facets and the total. */
    static Query matching(IndexSearcher searcher, List<ScoreDoc> articles) {
        return new DocIdsQuery(searcher.getIndexReader(), articles);
    }
}
