package org.healthlib.generator.postprocess;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Marks a link to another website: {@code rel="noopener"} and a class the stylesheet and print styles use. */
final class ExternalLinks {
    private ExternalLinks() {
    }

    static void mark(Element link) {
        Set<String> rel = new LinkedHashSet<>();
        for (String value : link.attr("rel").split("\\s+")) {
            if (!value.isBlank()) {
                rel.add(value);
            }
        }
        rel.add("noopener");
        link.attr("rel", String.join(" ", rel));
        link.addClass("external");
    }
}
