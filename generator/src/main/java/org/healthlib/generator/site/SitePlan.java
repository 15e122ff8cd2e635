package org.healthlib.generator.site;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.healthlib.core.content.Library;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Page;
import org.healthlib.generator.postprocess.BodyProcessor;
import org.healthlib.generator.postprocess.LinkChecker;
import org.healthlib.generator.render.TemplateRenderer;
import org.healthlib.generator.view.ArticleSummary;
import org.healthlib.generator.view.ArticleViewMapper;
import org.healthlib.generator.view.AzIndexMapper;
import org.healthlib.generator.view.ReaderDates;
import org.healthlib.generator.view.SiteView;

/**
 * What a build knows before it renders a page: the pages it will write, the small summaries the
 * listings need, and the objects built once and shared by the rendering threads (templates, the
 * HTML post-processor, the view mappers). Made by {@link SitePlanner}; read-only.
 *
 * @param articles    the articles of the site ({@link Library#siteArticles()})
 * @param summaries   their summaries, in title order
 * @param byTopic     the summaries of each topic, topics in order
 * @param byType      the summaries of each type that has articles
 * @param pages       the stand-alone pages that will be built
 * @param azPages     the pages of the A–Z index
 * @param redirects   the redirect pages of {@code aliases}
 * @param links       the rule for links and images, which planning ran on every body
 * @param diagnostics problems found while planning; any error stops the build before rendering
 */
public record SitePlan(Library library, SiteView site, List<Article> articles, List<ArticleSummary> summaries,
                       SortedMap<String, List<ArticleSummary>> byTopic, Map<ArticleType, List<ArticleSummary>> byType,
                       List<Page> pages, List<AzIndexMapper.AzPage> azPages, List<Redirect> redirects, List<String> staticFiles,
                       TemplateRenderer templates, LinkChecker links, BodyProcessor bodies, ArticleViewMapper articleViews,
                       RelatedArticles related, ReaderDates dates, List<Diagnostic> diagnostics) {

    /** A page at an old address of an article. @param file where it is written ("old/afib/index.html") */
    public record Redirect(String file, ArticleSummary article) {
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
