package org.healthlib.search.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthlib.search.embedding.MiniLmEmbedder;
import org.healthlib.search.embedding.TextEmbedder;

/**
 * The embedding model for tests, loaded once per test run, and the cache folder its vectors and
 * native files go to: {@code target/.healthlib-cache} of the module, which lasts between runs, so
 * that the MedQuAD articles are embedded once, not on every run.
 */
public final class Embedders {
    private static MiniLmEmbedder miniLm;

    private Embedders() {
    }

    public static Path cacheDir() {
        return Path.of("target", ".healthlib-cache").toAbsolutePath();
    }

    public static synchronized MiniLmEmbedder miniLm() {
        if (miniLm == null) {
            miniLm = new MiniLmEmbedder(cacheDir());
        }
        return miniLm;
    }

    /** An embedder that counts the texts it is asked to embed, and hands them to the shared model. */
    public static final class Counting implements TextEmbedder {
        private final AtomicInteger count = new AtomicInteger();

        public int count() {
            return count.get();
        }

        @Override
        public String model() {
            return miniLm().model();
        }

        @Override
        public int dimensions() {
            return miniLm().dimensions();
        }

        @Override
        public float[] embed(String text) {
            count.incrementAndGet();
            return miniLm().embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            count.addAndGet(texts.size());
            return miniLm().embedAll(texts);
        }
    }
}
