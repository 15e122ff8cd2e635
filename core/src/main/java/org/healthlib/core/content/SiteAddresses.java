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
import org.healthlib.core.model.Page;
import org.healthlib.core.model.SiteLayout;
import org.healthlib.core.yaml.KeyPositions;

/**
 * The one place that decides who may take an address of the site: an article slug is unique, a
 * page slug is unique and not a folder of the site itself ({@link SiteLayout}), and an alias is
 * claimed once, by no page, static file or address the site writes itself. The first file in path
 * order keeps a contested address; each later one is an error naming it, at the key's position.
 */
final class SiteAddresses {

    private SiteAddresses() {
    }

    /** The articles that keep their slug; the others are reported. */
    static List<Article> uniqueSlugs(List<LoadedArticle> loaded, Diagnostics diagnostics) {
        Map<String, Path> slugs = new HashMap<>();
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
            kept.add(article);
        }
        return kept;
    }

    /** Whether a page may take the slug; a slug used before or reserved is reported. */
    static boolean isUniquePage(Path file, String slug, Position at, Map<String, Path> seen, Diagnostics diagnostics) {
        if (SiteLayout.isReservedPageSlug(slug)) {
            diagnostics.add(Diagnostic.error(file, at, "page slug '" + slug + "' is a path of the site itself ("
                    + String.join(", ", SiteLayout.FOLDERS) + "); give the page another slug"));
            return false;
        }
        Path first = seen.putIfAbsent(slug, file);
        if (first != null) {
            diagnostics.add(Diagnostic.error(file, at, "slug '" + slug + "' is also used by " + name(first)));
            return false;
        }
        return true;
    }

    /**
     * The articles whose aliases are all theirs to take; an article with a contested alias is
     * reported and left out, so that no reader is sent to the wrong page.
     *
     * @param positions   the key positions of each article's file
     * @param staticFiles the site paths of the content folder's {@code static/} files
     */
    static List<Article> uniqueAliases(List<Article> articles, Map<Path, KeyPositions> positions, List<Page> pages,
                                       List<String> staticFiles, Diagnostics diagnostics) {
        Map<String, Path> owners = new HashMap<>();
        articles.forEach(article -> owners.put(SiteLayout.fileOf(article.path()), article.file()));
        pages.forEach(page -> owners.put(SiteLayout.fileOf(page.path()), page.file()));
        staticFiles.forEach(file -> owners.put(file, Path.of(StaticFolder.NAME).resolve(file)));
        List<Article> kept = new ArrayList<>();
        for (Article article : articles) {
            Position at = positions.getOrDefault(article.file(), KeyPositions.none()).value("aliases");
            boolean clash = false;
            String own = SiteLayout.fileOf(article.path());
            for (String alias : article.aliases()) {
                String file = SiteLayout.aliasFile(alias).orElseThrow();
                Path other = owners.putIfAbsent(file, article.file());
                if (SiteLayout.isReservedAlias(file) || file.equals(own)) {
                    diagnostics.add(Diagnostic.error(article.file(), at, "alias '" + alias
                            + "' is the address of a page the site builds; remove the alias"));
                    clash = true;
                } else if (other != null && !other.equals(article.file())) {
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

    /**
     * The static files that may be copied: none may take an address the site writes itself
     * ({@link SiteLayout#isReservedStaticFile}).
     */
    static List<String> copyableStaticFiles(List<String> staticFiles, Diagnostics diagnostics) {
        List<String> kept = new ArrayList<>();
        for (String file : staticFiles) {
            if (SiteLayout.isReservedStaticFile(file)) {
                int slash = file.indexOf('/');
                diagnostics.add(Diagnostic.error(Path.of(StaticFolder.NAME).resolve(file), 0, 0, "the static file '"
                        + file + "' takes an address the site writes itself; move it out of "
                        + (slash < 0 ? "the top of static/" : "static/" + file.substring(0, slash) + "/")));
            } else {
                kept.add(file);
            }
        }
        return kept;
    }

    private static String name(Path file) {
        return FilePaths.portable(file);
    }
}
