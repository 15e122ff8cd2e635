package org.healthlib.search.query;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Serves each index published into a folder, without a restart: every {@code interval} it reads
 * the folder's {@link IndexMarker} (a few file names, no index file opened) and, when it changed,
 * calls {@link SearchService#reload()}, which swaps the new index in while running searches
 * finish on the old one. A folder that is missing or half-published (between the two renames of
 * a swap, or a copy still running) is left alone until it is complete; a new index that cannot be
 * opened is reported once and the previous one stays served.
 */
public final class IndexFollower implements AutoCloseable {
    private final SearchService search;
    private final Path indexDir;
    private final Consumer<String> report;
    private final ScheduledExecutorService timer;
    private Optional<IndexMarker> failed = Optional.empty();

    private IndexFollower(SearchService search, Path indexDir, Consumer<String> report) {
        this.search = search;
        this.indexDir = indexDir;
        this.report = report;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "healthlib-index-follower");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Follows the folder that {@code search} was opened on.
     *
     * @param report receives one line per index loaded or refused
     */
    public static IndexFollower start(SearchService search, Path indexDir, Duration interval, Consumer<String> report) {
        Objects.requireNonNull(search, "search");
        IndexFollower follower = new IndexFollower(search, indexDir, report);
        long millis = Math.max(1, interval.toMillis());
        follower.timer.scheduleWithFixedDelay(follower::check, millis, millis, TimeUnit.MILLISECONDS);
        return follower;
    }

    /** Looks once; reloads when the folder holds another complete index. */
    synchronized void check() {
        Optional<IndexMarker> now = IndexMarker.read(indexDir);
        if (now.isEmpty() || now.equals(search.openedMarker()) || now.equals(failed)) {
            return;
        }
        try {
            search.reload();
            failed = Optional.empty();
            report.accept("Serving the new index in " + indexDir + ": " + search.articleCount() + " articles.");
        } catch (IOException | RuntimeException e) {
            failed = now;
            report.accept("Cannot open the new index in " + indexDir + " (" + e.getMessage()
                    + "); still serving the previous one.");
        }
    }

    /** Stops looking; the search service stays open. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
