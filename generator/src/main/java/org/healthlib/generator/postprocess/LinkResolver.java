package org.healthlib.generator.postprocess;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the internal links of a body. Editors write links as Markdown files
 * ({@code other-article.md}, {@code ../heart/afib.md#causes}, relative to the file, or by file
 * name alone) or as site paths ({@code /articles/afib/}); both become URLs relative to the page,
 * so the site works from any folder. Thread-safe.
 */
public final class LinkResolver {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final LinkTargets targets;

    public LinkResolver(LinkTargets targets) {
        this.targets = targets;
    }

    /**
     * @param href       the link as written in the body
     * @param sourceFile the Markdown file the link is in, relative to the content folder
     * @param pageRoot   the prefix from the page to the site root ("../../")
     */
    public Resolution resolve(String href, Path sourceFile, String pageRoot) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("//")) {
            return new Resolution.Unchanged();
        }
        if (SCHEME.matcher(href).find()) {
            String scheme = href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? new Resolution.External() : new Resolution.Unchanged();
        }
        int cut = firstOf(href, '#', '?');
        String path = decode(href.substring(0, cut));
        String suffix = href.substring(cut);
        if (path.endsWith(".md")) {
            return resolveFile(href, path, suffix, sourceFile, pageRoot);
        }
        if (path.startsWith("/")) {
            return resolveSitePath(href, path, suffix, pageRoot);
        }
        return new Resolution.Unchanged();
    }

    private Resolution resolveFile(String href, String path, String suffix, Path sourceFile, String pageRoot) {
        Path parent = sourceFile.getParent();
        String relative = LinkTargets.key(parent == null ? Path.of(path) : parent.resolve(path));
        Optional<LinkTargets.Target> target = targets.byFile(relative);
        if (target.isEmpty() && path.startsWith("/")) {
            target = targets.byFile(LinkTargets.key(Path.of(path.substring(1))));
        }
        if (target.isEmpty() && !path.contains("/")) {
            List<String> named = targets.filesNamed(path);
            if (named.size() > 1) {
                return new Resolution.Broken("link '" + href + "' is ambiguous: " + String.join(", ", named)
                        + " all have that name; write the path relative to this file");
            }
            target = named.stream().findFirst().flatMap(targets::byFile);
        }
        if (target.isEmpty()) {
            return new Resolution.Broken("broken link '" + href + "': no article or page is written in that file"
                    + suggestion(path));
        }
        return toPage(href, target.get(), suffix, pageRoot);
    }

    private Resolution resolveSitePath(String href, String path, String suffix, String pageRoot) {
        String sitePath = normalizeSitePath(path);
        if (targets.exists(sitePath)) {
            return new Resolution.Resolved(pageRoot + sitePath + suffix);
        }
        Optional<LinkTargets.Target> target = targets.bySitePath(sitePath);
        if (target.isPresent()) {
            return toPage(href, target.get(), suffix, pageRoot);
        }
        return new Resolution.Broken("broken link '" + href + "': no page of the site has that address");
    }

    private static Resolution toPage(String href, LinkTargets.Target target, String suffix, String pageRoot) {
        if (!target.built()) {
            return new Resolution.Unpublished("link '" + href + "' points to " + target.file() + ", which is not published ("
                    + target.statusLabel().toLowerCase(Locale.ROOT) + "); the link is left out of the site");
        }
        return new Resolution.Resolved(pageRoot + target.sitePath() + suffix);
    }

    /** "/articles/afib" and "/articles/afib/" are the same page; "/" is the home page. */
    static String normalizeSitePath(String absolute) {
        String path = absolute.replaceAll("^/+", "");
        if (path.endsWith("/index.html")) {
            path = path.substring(0, path.length() - "index.html".length());
        }
        if (path.isEmpty() || path.endsWith("/")) {
            return path;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? path : path + "/";
    }

    private String suggestion(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return targets.fileNames().stream()
                .filter(candidate -> EditDistance.between(candidate, name) <= 2)
                .min(Comparator.comparingInt((String candidate) -> EditDistance.between(candidate, name))
                        .thenComparing(Comparator.naturalOrder()))
                .map(candidate -> "; did you mean '" + candidate + "'?")
                .orElse("");
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) {
            return j < 0 ? text.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
