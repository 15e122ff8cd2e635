package org.healthlib.cli;

import java.io.PrintWriter;
import org.healthlib.generator.site.BuildListener;

/**
 * A one-line progress bar for long builds, redrawn in place on stderr. Only used on a terminal;
 * elsewhere (pipes, CI logs) the build prints nothing while it runs.
 */
final class ProgressBar implements BuildListener, AutoCloseable {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean shown;
    private long lastDrawn;
    private boolean drawn;

    private ProgressBar(PrintWriter err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    /** A bar that is drawn only when the command runs on a terminal. */
    static ProgressBar forConsole(PrintWriter err) {
        return new ProgressBar(err, System.console() != null);
    }

    @Override
    public synchronized void articlesRendered(int done, int total) {
        long now = System.nanoTime();
        if (!shown || done < total && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        err.print("\rRendering articles [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }

    /** Clears the bar, so the summary starts on a clean line. */
    @Override
    public synchronized void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
