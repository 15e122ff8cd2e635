package org.healthlib.generator.postprocess;

import java.util.List;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.markdown.Heading;

/**
 * A body ready for its page: the HTML with anchors and resolved links, its headings (with the ids
 * in that HTML) and the problems found in its links and images.
 */
public record ProcessedBody(String html, List<Heading> headings, List<Diagnostic> diagnostics) {
    public ProcessedBody {
        headings = List.copyOf(headings);
        diagnostics = List.copyOf(diagnostics);
    }
}
