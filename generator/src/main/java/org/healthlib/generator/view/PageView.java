package org.healthlib.generator.view;

import java.util.List;

/** A stand-alone page from {@code pages/}, also used for the 404 page (with an empty body). */
public record PageView(String title, String summary, String bodyHtml, List<LinkView> breadcrumbs) {
    public PageView {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
