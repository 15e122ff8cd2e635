package org.healthlib.core.model;

import java.util.List;
import java.util.Optional;

/**
 * Where things are on a built site, and which addresses the site keeps for itself. Articles live
 * at {@code articles/{slug}/}, stand-alone pages at {@code {slug}/}; the folders and files below
 * are written by the site itself (listings, feeds, the theme, the search API, the editorial
 * dashboard), so no page or alias may take them. Every rule about addresses reads this one list.
 */
public final class SiteLayout {
    /** The folder of article pages; aliases may point into it (an old slug), pages may not take it. */
    public static final String ARTICLES = "articles";
    /** The theme's files; a static file there replaces the theme's. */
    public static final String ASSETS = "assets";
    /** Top-level folders the site writes itself, in order. */
    public static final List<String> FOLDERS =
            List.of("a-z", "api", ARTICLES, ASSETS, "editorial", "search", "topics", "types");
    /** Top-level files the site writes itself, in order. */
    public static final List<String> FILES = List.of("404.html", "feed.xml", "index.html", "robots.txt", "sitemap.xml");

    private SiteLayout() {
    }

    public static String articlePath(String slug) {
        return ARTICLES + "/" + slug + "/";
    }

    public static String pagePath(String slug) {
        return slug + "/";
    }

    /** Whether a stand-alone page may not take this slug: it is a folder of the site itself. */
    public static boolean isReservedPageSlug(String slug) {
        return FOLDERS.contains(slug);
    }

    /**
     * Whether an alias's file ({@link #aliasFile}) lies where the site writes pages itself: in
     * one of its folders other than {@code articles/}, or one of its files.
     */
    public static boolean isReservedAlias(String file) {
        int slash = file.indexOf('/');
        String top = slash < 0 ? file : file.substring(0, slash);
        return slash < 0 ? FILES.contains(top) : !top.equals(ARTICLES) && FOLDERS.contains(top);
    }

    /**
     * Whether a static file (its site path, {@code images/x.png}) would take an address the site
     * writes itself: the same addresses as for an alias, but for {@code assets/}, where a file
     * replaces the theme's.
     */
    public static boolean isReservedStaticFile(String file) {
        return isReservedAlias(file) && !file.startsWith(ASSETS + "/");
    }

    /** The file a site path is written to: {@code articles/afib/} becomes {@code articles/afib/index.html}. */
    public static String fileOf(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }

    /**
     * The file the redirect page of an alias is written to: {@code /old/afib/} and {@code /old/afib}
     * become {@code old/afib/index.html}, {@code /old/afib.html} stays as it is. Empty when the
     * alias is not a plain path of the site (a full URL, a query, a fragment, {@code ..}, spaces).
     */
    public static Optional<String> aliasFile(String alias) {
        String path = alias.strip().replaceAll("^/+", "");
        if (path.isEmpty() || path.contains("\\") || path.contains("?") || path.contains("#") || path.contains("//")
                || path.contains(":") || path.chars().anyMatch(Character::isWhitespace)
                || List.of(path.split("/")).stream().anyMatch(segment -> segment.equals("..") || segment.equals("."))) {
            return Optional.empty();
        }
        if (path.endsWith("/")) {
            return Optional.of(fileOf(path));
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return Optional.of(last.endsWith(".html") || last.endsWith(".htm") ? path : path + "/index.html");
    }
}
