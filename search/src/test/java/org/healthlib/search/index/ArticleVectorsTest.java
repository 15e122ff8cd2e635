package org.healthlib.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.lucene.index.VectorSimilarityFunction;
import org.junit.jupiter.api.Test;

class ArticleVectorsTest {
    @Test
    void aVectorOfLengthOneIsACopyAndZerosStayZeros() {
        float[] vector = {3f, 4f};
        assertThat(ArticleVectors.unitLength(vector)).containsExactly(0.6f, 0.8f);
        assertThat(vector).containsExactly(3f, 4f);
        assertThat(ArticleVectors.unitLength(new float[] {0f, 0f})).containsExactly(0f, 0f);
    }

    @Test
    void theDotProductOfVectorsOfLengthOneScoresAsTheirCosine() {
        float[] a = {0.2f, -1.5f, 3f, 0.7f};
        float[] b = {1.1f, 0.4f, 2.5f, -0.3f};
        assertThat(VectorSimilarityFunction.DOT_PRODUCT.compare(ArticleVectors.unitLength(a), ArticleVectors.unitLength(b)))
                .isCloseTo(VectorSimilarityFunction.COSINE.compare(a, b), within(1e-6f));
    }
}
