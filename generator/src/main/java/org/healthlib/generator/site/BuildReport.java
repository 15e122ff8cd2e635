package org.healthlib.generator.site;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.healthlib.core.diagnostics.Diagnostic;

/**
 * The outcome of a build. When it has errors, nothing was written to the output folder: the
 * previous site, if any, is untouched.
 *
 * @param articles    article pages written
 * @param pages       stand-alone pages written (from {@code pages/})
 * @param output      the output folder
 * @param diagnostics the problems the build found, in file and position order
 */
public record BuildReport(int articles, int pages, Path output, List<Diagnostic> diagnostics, Duration elapsed) {
    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean succeeded() {
        return errorCount() == 0;
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
