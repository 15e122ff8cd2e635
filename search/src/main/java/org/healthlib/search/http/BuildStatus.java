package org.healthlib.search.http;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.FilePaths;

/**
 * What the pages of a preview are told about the rebuilds behind them: how many have finished,
 * and the errors of the last one when it failed (then the site served is still the one before).
 * {@code /api/version} answers with it, and a page shows the errors over its content until a
 * rebuild succeeds. Thread-safe: the watcher writes, the server's threads read.
 */
public final class BuildStatus {
    /** One error of a failed rebuild; line and column 0 when unknown, file "" when not about a file. */
    public record Problem(String file, int line, int column, String message) {
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(message, "message");
        }

        public static Problem of(Diagnostic diagnostic) {
            return new Problem(FilePaths.portable(diagnostic.file()), diagnostic.line(), diagnostic.column(),
                    diagnostic.message());
        }
    }

    /**
     * @param rebuilds  how many rebuilds have finished, failed or not
     * @param published when the build served was published, in milliseconds since 1970: a page
     *                  fetched before then may show the build before it
     */
    record Snapshot(long rebuilds, List<Problem> problems, long published) {
        Snapshot {
            problems = List.copyOf(problems);
        }
    }

    private final AtomicReference<Snapshot> current;

    /** Made when the first build is about to be served. */
    public BuildStatus() {
        current = new AtomicReference<>(new Snapshot(0, List.of(), System.currentTimeMillis()));
    }

    /** A rebuild was published: no problems. */
    public void succeeded() {
        long now = System.currentTimeMillis();
        current.updateAndGet(last -> new Snapshot(last.rebuilds() + 1, List.of(), now));
    }

    /** A rebuild failed with these errors; the previous build is still served. */
    public void failed(List<Problem> problems) {
        current.updateAndGet(last -> new Snapshot(last.rebuilds() + 1, problems, last.published()));
    }

    Snapshot snapshot() {
        return current.get();
    }
}
