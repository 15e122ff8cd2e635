package org.healthlib.generator.view;

import java.util.List;

/** A topic page or a type page: a heading and its articles, by title. */
public record ListingView(String heading, String intro, List<LinkView> breadcrumbs, List<SummaryView> entries) {
    public ListingView {
        breadcrumbs = List.copyOf(breadcrumbs);
        entries = List.copyOf(entries);
    }
}
