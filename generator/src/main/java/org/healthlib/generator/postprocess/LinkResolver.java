package org.healthlib.generator.postprocess;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.healthlib.core.diagnostics.Suggestions;
import org.healthlib.generator.view.SitePaths;

/**
 * Resolves the internal links of a body. Editors write links as Markdown files
 * ({@code other-article.md}, {@code ../heart/afib.md#causes}, relative to the file, or by file
 * name alone), as site paths ({@code /articles/afib/}) or as URLs relative to the page
 * ({@code ../afib/}, {@code chart.png}); the first two become URLs relative to the page, so the
 * site works from any folder, and all must lead to a page or file of this build. Thread-safe.
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
     * @param sitePath   the site path of the page the link is on ("articles/afib/")
     */
    public Resolution resolve(String href, Path sourceFile, String sitePath) {
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
        String pageRoot = SitePaths.rootOf(sitePath);
        if (path.endsWith(".md")) {
            return resolveFile(href, path, suffix, sourceFile, pageRoot);
        }
        if (path.startsWith("/")) {
            return resolveSitePath(href, path, suffix, pageRoot);
        }
        if (path.isEmpty()) {
            return new Resolution.Unchanged();
        }
        return resolveRelative(href, path, sitePath);
    }

    /** A URL relative to the page ("../afib/", "chart.png"): left as written when it leads to a page or file of the build. */
    private Resolution resolveRelative(String href, String path, String sitePath) {
        String folder = sitePath.endsWith("/") ? sitePath : sitePath.substring(0, sitePath.lastIndexOf('/') + 1);
        Optional<String> joined = join(folder, path);
        if (joined.isEmpty()) {
            return new Resolution.Outside();
        }
        String target = normalizeSitePath("/" + joined.get());
        if (targets.exists(target) || targets.exists(joined.get())) {
            return new Resolution.Unchanged();
        }
        Optional<LinkTargets.Target> page = targets.bySitePath(target);
        if (page.isPresent()) {
            return page.get().built() ? new Resolution.Unchanged() : toPage(href, page.get(), "", "");
        }
        return new Resolution.Broken("broken link '" + href + "': no page or file of the site is at /" + joined.get());
    }

    /** {@code folder} (a site path ending in "/" or "") and a relative path, with "." and ".." applied; empty when it climbs above the root. */
    private static Optional<String> join(String folder, String relative) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (folder + relative).split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else if (!segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return Optional.of(String.join("/", segments).replaceAll("/{2,}", "/"));
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
        return Suggestions.closest(name, targets.fileNames().stream().sorted().toList())
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
