package org.healthlib.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.healthlib.core.content.Library;
import org.healthlib.core.publish.StagedFolder;
import org.healthlib.search.index.ArticleIndexer;
import org.healthlib.search.index.IndexOptions;

/**
 * The search index of a library, staged beside its folder ({@link ArticleIndexer#stage}) on a
 * thread of its own, so that it is written while the site renders rather than after it (Lucene's
 * analysis was 40% of a 10,000-article build, on one thread, once the site was done).
 * {@link #folder()} waits for it; closing waits too and removes it unless committed, so a build
 * that fails leaves no staged index behind.
 */
final class BackgroundIndex implements AutoCloseable {
    private final ExecutorService thread;
    private final Future<StagedFolder> staged;

    private BackgroundIndex(ExecutorService thread, Future<StagedFolder> staged) {
        this.thread = thread;
        this.staged = staged;
    }

    static BackgroundIndex start(Library library, Path indexDir, IndexOptions options) {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread indexer = new Thread(task, "healthlib-index");
            indexer.setDaemon(true);
            return indexer;
        });
        try {
            return new BackgroundIndex(thread, thread.submit(() -> ArticleIndexer.stage(library, indexDir, options)));
        } finally {
            thread.shutdown();
        }
    }

    /** The staged index, once written; its failure, rethrown as it was thrown. */
    StagedFolder folder() throws IOException {
        try {
            return staged.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the search index was written");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    @Override
    public void close() {
        try {
            folder().close();
        } catch (IOException | RuntimeException e) {
            // Nothing to remove: a failed ArticleIndexer.stage removes what it wrote. The failure
            // itself is reported by folder(), when the build gets that far.
        }
    }
}
