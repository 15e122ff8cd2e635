package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.List;
import org.healthlib.core.diagnostics.Diagnostic;

/**
 * A loaded folder with every problem found in it, sorted by file and position. The library holds
 * the articles that loaded despite the problems, so a caller can still report on them.
 *
 * @param articlesRead the article files read, with or without errors
 * @param pagesRead    the page files read, with or without errors
 * @param unloaded     the article files that were read but are not in the library (they have
 *                     errors), so that a link to one is not taken for a link to nothing
 */
public record LoadResult(Library library, List<Diagnostic> diagnostics, int articlesRead, int pagesRead,
                         List<Path> unloaded) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        unloaded = List.copyOf(unloaded);
    }

    /** A result whose files all loaded: the counts are those of the library. */
    public LoadResult(Library library, List<Diagnostic> diagnostics) {
        this(library, diagnostics, library.articles().size(), library.pages().size(), List.of());
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
