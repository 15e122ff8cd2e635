package org.healthlib.generator.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.SiteLayout;
import org.healthlib.generator.view.ArticleSummary;

/**
 * Plans the redirect pages of the articles' {@code aliases}: an old address such as
 * {@code /health/afib.html} or {@code /articles/old-slug/} gets a page that sends readers on.
 * Which aliases an article may have was decided when the content was loaded
 * ({@link SiteLayout#aliasFile}, and the loader's address checks); this only maps them to files.
 */
final class Redirects {
    private Redirects() {
    }

    /** The redirect pages of the aliases of {@code articles}, whose summaries are {@code summaries}. */
    static List<SitePlan.Redirect> plan(List<Article> articles, List<ArticleSummary> summaries) {
        Map<String, ArticleSummary> bySlug = summaries.stream()
                .collect(Collectors.toMap(ArticleSummary::slug, Function.identity()));
        List<SitePlan.Redirect> redirects = new ArrayList<>();
        for (Article article : articles) {
            for (String alias : article.aliases()) {
                SiteLayout.aliasFile(alias)
                        .ifPresent(file -> redirects.add(new SitePlan.Redirect(file, bySlug.get(article.slug()))));
            }
        }
        return redirects;
    }
}
