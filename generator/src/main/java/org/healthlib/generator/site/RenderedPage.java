package org.healthlib.generator.site;

import java.util.List;
import org.healthlib.core.diagnostics.Diagnostic;

/**
 * One rendered page.
 *
 * @param file        where it goes, relative to the site root ("articles/afib/index.html")
 * @param html        the page; "" when it could not be rendered (see the diagnostics)
 * @param diagnostics problems found while rendering it (templates) or, for a single page, checking it (links, images)
 */
public record RenderedPage(String file, String html, List<Diagnostic> diagnostics) {
    public RenderedPage {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean rendered() {
        return !html.isEmpty();
    }

    /** Whether a problem found while rendering it is an error (a broken link): a build would not publish it. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
