package org.healthlib.generator.feeds;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.generator.view.ArticleSummary;

/**
 * Writes {@code feed.xml}, an Atom feed of the most recently reviewed or updated articles, newest
 * first. Dates are whole days, written as midnight UTC. The feed's {@code updated} is its newest
 * entry's, so that an unchanged library gives a byte-identical feed.
 */
public final class AtomFeedWriter {
    public static final String FILE = "feed.xml";
    /** How many articles the feed carries. */
    public static final int SIZE = 50;
    private static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomFeedWriter() {
    }

    /** The articles a feed carries: published ones with a date, by last change (newest first), then title. */
    public static List<ArticleSummary> entries(List<ArticleSummary> articles) {
        return articles.stream()
                .filter(ArticleSummary::published)
                .filter(article -> article.lastChange().isPresent())
                .sorted(Comparator.comparing((ArticleSummary a) -> a.lastChange().orElseThrow()).reversed()
                        .thenComparing(ArticleSummary.BY_TITLE))
                .limit(SIZE)
                .toList();
    }

    public static void write(Path siteRoot, SiteConfig config, List<ArticleSummary> articles) {
        List<ArticleSummary> entries = entries(articles);
        LocalDate updated = entries.isEmpty() ? config.today() : entries.get(0).lastChange().orElseThrow();
        try (XmlDocument xml = XmlDocument.create(siteRoot.resolve(FILE))) {
            xml.start("feed", "xmlns", NAMESPACE, "xml:lang", config.language());
            xml.element("title", config.title());
            xml.element("subtitle", "Recently reviewed and updated articles");
            xml.element("id", config.absoluteUrl(""));
            xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", config.absoluteUrl(FILE));
            xml.empty("link", "rel", "alternate", "type", "text/html", "href", config.absoluteUrl(""));
            xml.element("updated", timestamp(updated));
            xml.start("author").element("name", config.title()).end();
            for (ArticleSummary article : entries) {
                writeEntry(xml, config, article);
            }
            xml.end();
        }
    }

    private static void writeEntry(XmlDocument xml, SiteConfig config, ArticleSummary article) {
        String url = config.absoluteUrl(article.path());
        xml.start("entry");
        xml.element("title", article.title());
        xml.element("id", url);
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", url);
        xml.element("updated", timestamp(article.lastChange().orElseThrow()));
        xml.element("summary", article.summary());
        xml.empty("category", "term", article.type().slug(), "label", article.type().label());
        xml.end();
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
