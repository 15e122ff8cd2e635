package org.healthlib.search.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * all-MiniLM-L6-v2 (sentence-transformers; 384 dimensions; int8-quantized, 23 MB), run in process by
 * ONNX Runtime with the model's own WordPiece tokenizer. Nothing is loaded until the first text is
 * embedded, so a command that needs no vectors ({@code check}, a rebuild whose vectors are all
 * cached, a search of a lexical index) never pays for the model or its native libraries.
 *
 * <p>The native libraries of ONNX Runtime and of the tokenizer are unpacked into {@code cacheDir/native}
 * ({@link NativeLibraries}) and reused by the next run. Thread-safe.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    public static final String MODEL = "all-minilm-l6-v2-q";
    private static final int DIMENSIONS = 384;

    private final Path nativeDir;
    private final AtomicLong embedded = new AtomicLong();
    private EmbeddingModel model;
    private ExecutorService threads;

    /** A model that will unpack its native files into {@code cacheDir/native} when first used. */
    public MiniLmEmbedder(Path cacheDir) {
        this.nativeDir = cacheDir.resolve("native").toAbsolutePath().normalize();
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        embedded.incrementAndGet();
        return loadedModel().embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        embedded.addAndGet(texts.size());
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return loadedModel().embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    /** How many texts this embedder has embedded (the vector cache's misses). */
    public long embeddedCount() {
        return embedded.get();
    }

    /** True once the model has been loaded. */
    public synchronized boolean loaded() {
        return model != null;
    }

    private synchronized EmbeddingModel loadedModel() {
        if (model == null) {
            NativeLibraries.placeIn(nativeDir);
            threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
                Thread thread = new Thread(task, "embedding");
                thread.setDaemon(true);
                return thread;
            });
            Set<Path> temporary = NativeLibraries.temporaryFolders();
            model = new AllMiniLmL6V2QuantizedEmbeddingModel(threads);
            NativeLibraries.removeEmptyTemporaryFolders(temporary);
        }
        return model;
    }
}
