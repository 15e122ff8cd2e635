package org.healthlib.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.healthlib.core.publish.StagedFolder;

/**
 * Writes the documents of a large library on every core. The articles are cut into runs of
 * consecutive articles, one per core (and at most one per {@value #MIN_ARTICLES_PER_PART}
 * articles); each run is indexed at the same time by its own {@link IndexWriter} into its own
 * folder, and the runs are then added to the index in order, which copies their segments without
 * analysing anything again.
 *
 * <p>The documents keep the order of the list, as from one writer, so a build of the same articles
 * gives the same index every time. One {@code IndexWriter} shared by several threads would index
 * in parallel too, but which thread takes which article, and so the order of the documents (ties in
 * ranking) and the shape of the HNSW graph, would change from build to build. A library smaller
 * than two runs is written by one writer, as before: the parts would cost more than they save.
 */
final class IndexParts {
    /** Below this, a run is not worth its own writer and segments. */
    static final int MIN_ARTICLES_PER_PART = 2_000;

    private IndexParts() {
    }

    /** How many runs to cut {@code articles} into on {@code cores} cores. */
    static int count(int articles, int cores) {
        return Math.max(1, Math.min(cores, articles / MIN_ARTICLES_PER_PART));
    }

    /**
     * Adds the documents of {@code articles} to {@code writer}, in order, in {@code parts} runs
     * written at once into folders under {@code scratch} (removed afterwards). {@code config} gives
     * each run's writer its configuration.
     */
    static void addAll(IndexWriter writer, ArticleFeatures articles, int parts, Path scratch,
                       Supplier<IndexWriterConfig> config) throws IOException {
        if (parts == 1) {
            addRange(writer, articles, 0, articles.size());
            return;
        }
        ExecutorService threads = Executors.newFixedThreadPool(parts - 1, runnable -> {
            Thread thread = new Thread(runnable, "healthlib-index-part");
            thread.setDaemon(true);
            return thread;
        });
        List<Path> folders = new ArrayList<>();
        try {
            int[] bounds = new int[parts + 1];
            for (int part = 0; part < parts; part++) {
                folders.add(scratch.resolve("part-" + part));
                bounds[part + 1] = articles.size() * (part + 1) / parts;
            }
            List<Future<?>> written = new ArrayList<>();
            for (int part = 1; part < parts; part++) {
                int from = bounds[part];
                int to = bounds[part + 1];
                Path folder = folders.get(part);
                written.add(threads.submit(() -> {
                    writePart(articles, from, to, folder, config.get());
                    return null;
                }));
            }
            // The first part on the calling thread, which would otherwise only wait.
            writePart(articles, bounds[0], bounds[1], folders.get(0), config.get());
            for (Future<?> part : written) {
                waitFor(part);
            }
            addInOrder(writer, folders);
        } finally {
            threads.shutdownNow();
            StagedFolder.deleteTree(scratch);
        }
    }

    private static void writePart(ArticleFeatures articles, int from, int to, Path folder, IndexWriterConfig config)
            throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter part = new IndexWriter(directory, config)) {
            addRange(part, articles, from, to);
            part.commit();
        }
    }

    private static void addRange(IndexWriter writer, ArticleFeatures articles, int from, int to) throws IOException {
        ArticleDocuments documents = new ArticleDocuments(NameKeys.create());
        for (int i = from; i < to; i++) {
            writer.addDocument(articles.document(documents, i));
        }
    }

    private static void addInOrder(IndexWriter writer, List<Path> folders) throws IOException {
        List<Directory> directories = new ArrayList<>();
        try {
            for (Path folder : folders) {
                directories.add(FSDirectory.open(folder));
            }
            writer.addIndexes(directories.toArray(Directory[]::new));
        } finally {
            for (Directory directory : directories) {
                directory.close();
            }
        }
    }

    private static void waitFor(Future<?> part) throws IOException {
        try {
            part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the index was being written", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
