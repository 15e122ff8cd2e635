package org.healthlib.generator.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.generator.feeds.AtomFeedWriter;
import org.healthlib.generator.feeds.RobotsTxt;
import org.healthlib.generator.feeds.SitemapEntry;
import org.healthlib.generator.feeds.SitemapWriter;
import org.healthlib.generator.view.ArticleSummary;

/**
 * Writes the files for machines: sitemap, Atom feed, robots.txt and the names the search box
 * finds without the search API ({@link NamesFile}). Unpublished articles are never in them.
 */
final class SiteFeeds {
    private SiteFeeds() {
    }

    static void write(SitePlan plan, Path siteRoot) {
        SiteConfig config = plan.library().config();
        SitemapWriter.write(siteRoot, config, sitemap(plan));
        AtomFeedWriter.write(siteRoot, config, plan.summaries());
        RobotsTxt.write(siteRoot, config);
        NamesFile.write(plan.summaries(), siteRoot);
    }

    /**
     * Writes the files of {@code after} that differ from those of {@code before}, the plan of the
     * same site before an edit of one article's front matter ({@link SiteUpdate}): each file is
     * written when what it is made of changed. {@code robots.txt} is made of the configuration alone,
     * which such an edit does not change.
     */
    static void update(SitePlan before, SitePlan after, Path siteRoot) {
        SiteConfig config = after.library().config();
        List<SitemapEntry> sitemap = sitemap(after);
        if (!sitemap.equals(sitemap(before))) {
            SitemapWriter.write(siteRoot, config, sitemap);
        }
        if (!AtomFeedWriter.entries(after.summaries()).equals(AtomFeedWriter.entries(before.summaries()))) {
            AtomFeedWriter.write(siteRoot, config, after.summaries());
        }
        NamesFile.update(before.summaries(), after.summaries(), siteRoot);
    }

    static List<SitemapEntry> sitemap(SitePlan plan) {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry("", Optional.empty()));
        plan.summaries().stream().filter(ArticleSummary::published)
                .forEach(article -> entries.add(new SitemapEntry(article.path(), article.lastChange())));
        plan.byTopic().keySet().forEach(topic -> entries.add(new SitemapEntry("topics/" + topic + "/", Optional.empty())));
        plan.byType().keySet().forEach(type -> entries.add(new SitemapEntry("types/" + type.slug() + "/", Optional.empty())));
        plan.azPages().forEach(page -> entries.add(new SitemapEntry(page.path(), Optional.empty())));
        plan.pages().forEach(page -> entries.add(new SitemapEntry(page.path(), Optional.empty())));
        return entries;
    }
}
