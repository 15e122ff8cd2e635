package org.healthlib.core.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Deletes folders that nothing reads any more (the site and index a publication replaced, the
 * leftovers of killed runs) on a thread of its own, one after the other, so that a build does not
 * wait for them: deleting a 10,000-page site took 12-35 s on a disk mounted with online discard,
 * longer than writing it, where the rename that replaced it took no time.
 *
 * <p>The thread is a daemon. A one-shot command that ends before it is done leaves the rest as
 * {@code .<name>.old-<n>} beside its target, which the next run lists
 * ({@link Publication#finishAndList}) and deletes the same way. A folder that cannot be deleted
 * is left for the next run to try again.
 */
public final class Disposal {
    private static final Disposal BACKGROUND = new Disposal();

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread deleter = new Thread(task, "healthlib-disposal");
        deleter.setDaemon(true);
        deleter.setPriority(Thread.MIN_PRIORITY);
        return deleter;
    });

    private Disposal() {
    }

    /** The process's one disposal thread. */
    public static Disposal background() {
        return BACKGROUND;
    }

    /** Deletes the folders, in order, after those handed over before. */
    public void delete(List<Path> folders) {
        for (Path folder : List.copyOf(folders)) {
            thread.execute(() -> {
                try {
                    StagedFolder.deleteTree(folder);
                } catch (IOException | UncheckedIOException e) {
                    // Left for the next run, which lists it again.
                }
            });
        }
    }

    /** Waits until every folder handed over so far has been dealt with. */
    public void awaitDone() throws InterruptedException {
        try {
            thread.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
