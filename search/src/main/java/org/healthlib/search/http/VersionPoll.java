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
 * {@code GET /api/version?after=N&rebuilds=R}: which build of the site and index is served, and
 * how the last rebuild went, as {@code {"version": N, "rebuilds": R, "published": MILLIS,
 * "problems": [{"file", "line", "column", "message"}]}} ({@link BuildStatus}; the problems are those
 * of the last rebuild when it failed; {@code published} is when the build served was swapped in). Without {@code after}, or when the version is not {@code after} or the count of
 * rebuilds not {@code rebuilds} (when given), the answer is immediate; otherwise it comes as soon
 * as one of them changes, or after {@link #WAIT} (a long poll). The pages of a preview ask this
 * way: they reload within a tenth of a second of a rebuild, and show the errors of a failed one,
 * without asking over and over. No thread waits: the check is rescheduled on the server's
 * scheduler.
 */
final class VersionPoll {
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final long CHECK_MILLIS = 50;

    private VersionPoll() {
    }

    static void answer(Request request, Response response, Callback callback, SearchService search, BuildStatus status,
                       OptionalInt after, OptionalInt rebuilds) {
        Scheduler scheduler = request.getComponents().getScheduler();
        long deadline = System.nanoTime() + WAIT.toNanos();
        new Runnable() {
            @Override
            public void run() {
                long version = search.version();
                BuildStatus.Snapshot built = status.snapshot();
                boolean changed = after.isEmpty() || version != after.getAsInt()
                        || (rebuilds.isPresent() && built.rebuilds() != rebuilds.getAsInt());
                if (changed || System.nanoTime() >= deadline) {
                    ApiHandler.send(response, new ApiHandler.Reply(HttpStatus.OK_200,
                            SearchJson.version(version, built)), callback);
                } else {
                    scheduler.schedule(this, CHECK_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        }.run();
    }
}
