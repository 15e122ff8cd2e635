package org.healthlib.core.content;

import java.util.List;
import org.healthlib.core.diagnostics.Diagnostic;

/**
 * A loaded folder with every problem found in it, sorted by file and position. The library holds
 * the articles that loaded despite the problems, so a caller can still report on them.
 */
public record LoadResult(Library library, List<Diagnostic> diagnostics) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
