package org.healthlib.generator.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.FilePaths;
import org.healthlib.core.model.Article;
import org.healthlib.generator.view.ArticleSummary;
import org.healthlib.generator.view.SitePaths;

/**
 * Plans the redirect pages of the articles' {@code aliases}: an old address such as
 * {@code /health/afib.html} or {@code /articles/old-slug/} gets a page that sends readers on.
 * An alias must not take the address of a page the site builds, nor be claimed twice.
 */
final class Redirects {
    private final Set<String> sitePaths;

    /** @param sitePaths every path the build writes, as in {@link org.healthlib.generator.postprocess.LinkTargets} */
    Redirects(Set<String> sitePaths) {
        this.sitePaths = sitePaths;
    }

    List<SitePlan.Redirect> plan(List<Article> articles, List<ArticleSummary> summaries, List<Diagnostic> diagnostics) {
        Map<String, ArticleSummary> bySlug = summaries.stream()
                .collect(Collectors.toMap(ArticleSummary::slug, Function.identity()));
        Map<String, Article> claimed = new HashMap<>();
        List<SitePlan.Redirect> redirects = new ArrayList<>();
        for (Article article : articles) {
            for (String alias : article.aliases()) {
                String file = fileOf(alias);
                if (file.isEmpty()) {
                    diagnostics.add(Diagnostic.error(article.file(), 0, 0, "alias '" + alias
                            + "' is not a path of the site (such as /health/old-name/)"));
                } else if (isBuilt(file)) {
                    diagnostics.add(Diagnostic.error(article.file(), 0, 0, "alias '" + alias
                            + "' is the address of a page the site builds; remove the alias"));
                } else if (claimed.containsKey(file)) {
                    diagnostics.add(Diagnostic.error(article.file(), 0, 0, "alias '" + alias
                            + "' is also an alias of " + FilePaths.portable(claimed.get(file).file())));
                } else {
                    claimed.put(file, article);
                    redirects.add(new SitePlan.Redirect(file, bySlug.get(article.slug())));
                }
            }
        }
        return redirects;
    }

    private boolean isBuilt(String file) {
        String page = file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
        return sitePaths.contains(page) || sitePaths.contains(file);
    }

    /**
     * The file a redirect is written to: {@code /old/afib/} and {@code /old/afib} become
     * {@code old/afib/index.html}, {@code /old/afib.html} stays as it is; "" when the alias is not a
     * plain site path.
     */
    static String fileOf(String alias) {
        String path = alias.strip().replaceAll("^/+", "");
        if (path.isEmpty() || path.contains("\\") || path.contains("?") || path.contains("#") || path.contains("//")
                || List.of(path.split("/")).stream().anyMatch(segment -> segment.equals("..") || segment.equals("."))) {
            return "";
        }
        if (path.endsWith("/")) {
            return SitePaths.fileOf(path);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.endsWith(".html") || last.endsWith(".htm") ? path : path + "/index.html";
    }
}
