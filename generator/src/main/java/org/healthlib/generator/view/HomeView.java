package org.healthlib.generator.view;

import java.util.List;

/** The home page: browse by topic and by type, the most recently reviewed articles. */
public record HomeView(int articleCount, List<CountLink> topics, List<CountLink> types, List<SummaryView> recent) {
    public HomeView {
        topics = List.copyOf(topics);
        types = List.copyOf(types);
        recent = List.copyOf(recent);
    }
}
