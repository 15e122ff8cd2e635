package org.healthlib.generator.postprocess;

import java.util.List;
import org.healthlib.core.markdown.Heading;

/** A body ready for its page: the HTML with anchors and resolved links, and its headings (with the ids in that HTML). */
public record ProcessedBody(String html, List<Heading> headings) {
    public ProcessedBody {
        headings = List.copyOf(headings);
    }
}
