package org.healthlib.core.content;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A function applied to every item of a list on every core, the results in the list's order. Each
 * thread takes the next item as soon as it is done with one, so all finish together. A parallel
 * stream cuts the list into at most four pieces per thread of the common pool, which on two cores
 * (a pool of one thread, and the caller) means four runs of 2,500 articles out of 10,000: the last
 * one was read by one thread alone while the other core waited, for 3 to 6 s of the load.
 */
final class InParallel {
    private InParallel() {
    }

    /**
     * The results of {@code function} for each item, in order. The first exception or error thrown
     * by the function is thrown again here, once every thread has stopped (an
     * {@link OutOfMemoryError} stays one, for the command line to explain).
     */
    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), items.size());
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < results.length && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    results[i] = function.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        Thread[] helpers = new Thread[Math.max(0, threads - 1)];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new Thread(work, "healthlib-load-" + (i + 1));
            helpers[i].setDaemon(true);
            helpers[i].start();
        }
        work.run();
        joinAll(helpers);
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    private static void joinAll(Thread[] threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
