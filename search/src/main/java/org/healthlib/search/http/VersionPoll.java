package org.healthlib.search.http;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.healthlib.search.query.SearchService;

/**
 * {@code GET /api/version?after=N}: which build of the site and index is served, as
 * {@code {"version": N}}. Without {@code after}, or when the served version is not {@code after},
 * the answer is immediate; otherwise it comes as soon as a rebuild changes the version, or after
 * {@link #WAIT} with the same version (a long poll). The pages of a preview ask this way and reload
 * within a tenth of a second of a rebuild, without asking over and over. No thread waits: the
 * check is rescheduled on the server's scheduler.
 */
final class VersionPoll {
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final long CHECK_MILLIS = 50;

    private VersionPoll() {
    }

    static void answer(Request request, Response response, Callback callback, SearchService search, OptionalInt after) {
        Scheduler scheduler = request.getComponents().getScheduler();
        long deadline = System.nanoTime() + WAIT.toNanos();
        new Runnable() {
            @Override
            public void run() {
                long version = search.version();
                if (after.isEmpty() || version != after.getAsInt() || System.nanoTime() >= deadline) {
                    ApiHandler.send(response, new ApiHandler.Reply(HttpStatus.OK_200, SearchJson.version(version)), callback);
                } else {
                    scheduler.schedule(this, CHECK_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        }.run();
    }
}
