package org.healthlib.search.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a unit-length vector whose cosine with another says how close their meanings
 * are. The index embeds each article with it, the search embeds the reader's query with the same
 * model ({@link #model()} is written into the index so that the two can be matched).
 */
public interface TextEmbedder {
    /** The model's name, written into the index beside the vectors it made. */
    String model();

    /** The number of dimensions of every vector. */
    int dimensions();

    float[] embed(String text);

    /** The vectors of several texts, in their order; a model may run them in parallel. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }
}
