package org.healthlib.generator.view;

import java.util.List;

/**
 * Everything the article template shows, and nothing more.
 *
 * @param bodyHtml    the body after post-processing (anchors, resolved links), inserted unescaped
 * @param statusLabel "" for a published article; "Draft", "In review" ... in a preview build
 */
public record ArticleView(String slug, String title, String summary, List<String> alsoCalled, LinkView type,
                          List<LinkView> topics, List<LinkView> breadcrumbs, List<TocEntry> toc, String bodyHtml,
                          List<SourceView> sources, List<SummaryView> related, boolean crisis,
                          EditorialView editorial, String audience, String statusLabel) {
    public ArticleView {
        alsoCalled = List.copyOf(alsoCalled);
        topics = List.copyOf(topics);
        breadcrumbs = List.copyOf(breadcrumbs);
        toc = List.copyOf(toc);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }
}
