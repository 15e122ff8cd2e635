/**
 * Semantic search's embedding model and its vector cache: {@link org.healthlib.search.embedding.TextEmbedder}
 * (what the index and the query side ask of a model), {@link org.healthlib.search.embedding.MiniLmEmbedder}
 * (all-MiniLM-L6-v2, quantized, run in process and loaded on first use) and
 * {@link org.healthlib.search.embedding.VectorCache} (vectors kept by a hash of the embedded text, so an
 * unchanged article is never embedded twice).
 */
package org.healthlib.search.embedding;
