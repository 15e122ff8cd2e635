package org.healthlib.search.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * Lucene's default codec with a smaller HNSW construction beam for {@link ArticleFields#VECTOR}. The
 * graph is built as the documents are added, and its cost grows with the beam: Lucene's default
 * (100 candidates) took about 4 s more than a lexical index of MedQuAD's 5,483 articles; 32 keeps
 * the graph's answers for a library of this size (the search asks for the 50 nearest with a beam
 * of 50) while building it several times faster. The parameters are the writer's alone: an index
 * is read by the default codec, whatever its beam.
 */
final class VectorCodec {
    private static final int MAX_CONNECTIONS = 16;
    private static final int BEAM_WIDTH = 32;

    private VectorCodec() {
    }

    static Codec create() {
        KnnVectorsFormat vectors = new Lucene99HnswVectorsFormat(MAX_CONNECTIONS, BEAM_WIDTH);
        return new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return vectors;
            }
        };
    }
}
