package org.healthlib.generator.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.healthlib.core.content.Library;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleType;
import org.healthlib.generator.view.ArticleSummary;
import org.healthlib.generator.view.ArticleViewMapper;
import org.healthlib.generator.view.AzIndexMapper;

/**
 * Plans the site again after an edit of one article's front matter that keeps its address, its
 * aliases and its status, reusing what such an edit cannot change: the templates, the site view,
 * what each link may point to and the links of every other body. Those hold only while the site
 * keeps the same set of addresses (no topic, type or A–Z page comes or goes); otherwise there is no
 * such plan and the site is planned whole. The plan made is the one {@link SitePlanner} would make
 * of the edited library (its diagnostics are the same, in another order).
 */
final class SiteReplanner {
    private SiteReplanner() {
    }

    /**
     * The plan of {@code library}, which is the library of {@code before} with {@code changed} in
     * place of the article of the same file, when the edit keeps the site's addresses.
     */
    static Optional<SitePlan> replan(SitePlan before, Library library, Article changed) {
        List<Article> articles = library.siteArticles();
        boolean onSite = articles.stream().anyMatch(article -> article.file().equals(changed.file()));
        List<ArticleSummary> summaries = summaries(before, library, onSite, changed);
        SortedMap<String, List<ArticleSummary>> byTopic = SitePlanner.byTopic(summaries);
        Map<ArticleType, List<ArticleSummary>> byType = SitePlanner.byType(summaries);
        List<AzIndexMapper.AzPage> azPages = AzIndexMapper.pages(summaries, SitePlanner.A_Z_ONE_PAGE_LIMIT);
        if (!sitePaths(before).equals(SitePlanner.sitePaths(summaries, byTopic, byType, before.pages(), azPages,
                before.staticFiles()))) {
            return Optional.empty();
        }
        String editorialPath = SitePlanner.editorialProcessPath(before.pages(), new ArrayList<>());
        return Optional.of(new SitePlan(library, before.site(), articles, summaries, byTopic, byType, before.pages(),
                azPages, Redirects.plan(articles, summaries), before.staticFiles(), before.templates(), before.links(),
                before.bodies(), new ArticleViewMapper(library, before.dates(), editorialPath),
                new RelatedArticles(byTopic), before.dates(), diagnostics(before, onSite, changed)));
    }

    /** The summaries of {@code before} with the changed article's replaced, in title order. */
    private static List<ArticleSummary> summaries(SitePlan before, Library library, boolean onSite, Article changed) {
        List<ArticleSummary> summaries = new ArrayList<>(before.summaries().stream()
                .filter(summary -> !summary.file().equals(changed.file())).toList());
        if (onSite) {
            summaries.add(ArticleSummary.of(library, changed));
            summaries.sort(ArticleSummary.BY_TITLE);
        }
        return List.copyOf(summaries);
    }

    private static Set<String> sitePaths(SitePlan plan) {
        return SitePlanner.sitePaths(plan.summaries(), plan.byTopic(), plan.byType(), plan.pages(), plan.azPages(),
                plan.staticFiles());
    }

    /** The diagnostics of {@code before}, with the changed article's links and images checked again if it is on the site. */
    private static List<Diagnostic> diagnostics(SitePlan before, boolean onSite, Article changed) {
        List<Diagnostic> diagnostics = new ArrayList<>(before.diagnostics().stream()
                .filter(diagnostic -> !diagnostic.file().equals(changed.file())).toList());
        if (onSite) {
            diagnostics.addAll(before.links().check(changed.file(), changed.path(), changed.body()));
        }
        return List.copyOf(diagnostics);
    }
}
