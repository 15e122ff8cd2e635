package org.healthlib.search.http;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many searches run at once: about two per processor, the rest waiting their turn in arrival
 * order. A search is CPU work from start to end; with more running than there are processors,
 * each takes longer, the collector works harder, and under a burst every request waits on every
 * other. A request that waits longer than {@link #MAX_WAIT_MILLIS} is answered 503, so that work
 * does not pile up for clients that have long given up.
 */
final class SearchGate {
    static final long MAX_WAIT_MILLIS = 5_000;

    private final Semaphore running;
    private final long maxWaitMillis;

    SearchGate(int permits, long maxWaitMillis) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, got " + permits);
        }
        this.running = new Semaphore(permits, true);
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Two searches per processor, each waiting at most {@link #MAX_WAIT_MILLIS}. */
    static SearchGate forThisMachine() {
        return new SearchGate(2 * Runtime.getRuntime().availableProcessors(), MAX_WAIT_MILLIS);
    }

    /** Waits for a turn; false when none came in time (or the thread was interrupted). */
    boolean enter() {
        try {
            return running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave() {
        running.release();
    }
}
