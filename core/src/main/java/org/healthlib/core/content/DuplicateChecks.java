package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.FilePaths;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.model.Article;

/**
 * The checks across files: a slug is unique across the folder, an alias is used once and is not
 * the path of an article, and a page slug is neither reused nor one of the site's own paths. The
 * first file in path order keeps a contested slug; each later one is an error naming it.
 */
final class DuplicateChecks {

    /** Site paths the generator writes itself, which a page cannot take. */
    static final List<String> RESERVED_PAGE_SLUGS = List.of("articles", "topics", "types", "a-z", "search");

    private DuplicateChecks() {
    }

    /** The articles that keep their slug and aliases; the others are reported. */
    static List<Article> uniqueArticles(List<LoadedArticle> loaded, Diagnostics diagnostics) {
        Map<String, Path> slugs = new HashMap<>();
        Map<String, Path> paths = new HashMap<>();
        List<Article> kept = new ArrayList<>();
        for (LoadedArticle item : loaded) {
            if (item.article().isEmpty()) {
                continue;
            }
            Article article = item.article().get();
            Path first = slugs.putIfAbsent(article.slug(), article.file());
            if (first != null) {
                diagnostics.add(Diagnostic.error(article.file(), item.positions().value("slug"),
                        "slug '" + article.slug() + "' is also used by " + name(first)));
                continue;
            }
            paths.put(normalize(article.path()), article.file());
            kept.add(article);
        }
        return checkAliases(kept, loaded, paths, diagnostics);
    }

    private static List<Article> checkAliases(List<Article> articles, List<LoadedArticle> loaded,
                                              Map<String, Path> paths, Diagnostics diagnostics) {
        Map<Path, LoadedArticle> byFile = new HashMap<>();
        loaded.forEach(item -> byFile.put(item.file(), item));
        List<Article> kept = new ArrayList<>();
        for (Article article : articles) {
            boolean clash = false;
            for (String alias : article.aliases()) {
                Path other = paths.putIfAbsent(normalize(alias), article.file());
                if (other != null && !other.equals(article.file())) {
                    Position at = byFile.get(article.file()).positions().value("aliases");
                    diagnostics.add(Diagnostic.error(article.file(), at,
                            "alias '" + alias + "' is also the path or an alias of " + name(other)));
                    clash = true;
                }
            }
            if (!clash) {
                kept.add(article);
            }
        }
        return kept;
    }

    /** Whether a page may take the slug; a slug used before or reserved is reported. */
    static boolean isUniquePage(Path file, String slug, Position at, Map<String, Path> seen, Diagnostics diagnostics) {
        if (RESERVED_PAGE_SLUGS.contains(slug)) {
            diagnostics.add(Diagnostic.error(file, at, "page slug '" + slug + "' is a path of the site itself ("
                    + String.join(", ", RESERVED_PAGE_SLUGS) + ")"));
            return false;
        }
        Path first = seen.putIfAbsent(slug, file);
        if (first != null) {
            diagnostics.add(Diagnostic.error(file, at, "slug '" + slug + "' is also used by " + name(first)));
            return false;
        }
        return true;
    }

    /** A site path without leading or trailing slashes: "/old/x/" and "old/x" are the same page. */
    private static String normalize(String sitePath) {
        String path = sitePath;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static String name(Path file) {
        return FilePaths.portable(file);
    }
}
