package org.healthlib.generator.feeds;

import java.nio.file.Path;
import java.util.List;
import org.healthlib.core.config.SiteConfig;

/** Writes {@code sitemap.xml} (sitemaps.org 0.9) with absolute URLs from {@code base_url}. */
public final class SitemapWriter {
    public static final String FILE = "sitemap.xml";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapWriter() {
    }

    public static void write(Path siteRoot, SiteConfig config, List<SitemapEntry> entries) {
        try (XmlDocument xml = XmlDocument.create(siteRoot.resolve(FILE))) {
            xml.start("urlset", "xmlns", NAMESPACE);
            for (SitemapEntry entry : entries) {
                xml.start("url");
                xml.element("loc", config.absoluteUrl(entry.path()));
                entry.lastmod().ifPresent(date -> xml.element("lastmod", date.toString()));
                xml.end();
            }
            xml.end();
        }
    }
}
