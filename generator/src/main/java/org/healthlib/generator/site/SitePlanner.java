package org.healthlib.generator.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.content.Library;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Page;
import org.healthlib.generator.feeds.AtomFeedWriter;
import org.healthlib.generator.feeds.RobotsTxt;
import org.healthlib.generator.feeds.SitemapWriter;
import org.healthlib.generator.postprocess.BodyProcessor;
import org.healthlib.generator.postprocess.LinkChecker;
import org.healthlib.generator.postprocess.LinkTargets;
import org.healthlib.generator.render.TemplateRenderer;
import org.healthlib.generator.render.Theme;
import org.healthlib.generator.view.ArticleSummary;
import org.healthlib.generator.view.ArticleViewMapper;
import org.healthlib.generator.view.AzIndexMapper;
import org.healthlib.generator.view.Labels;
import org.healthlib.generator.view.LinkView;
import org.healthlib.generator.view.ReaderDates;
import org.healthlib.generator.view.SiteView;

/**
 * Plans a build: which pages exist, what links may point to, and the shared objects that render
 * them. Planning is where the site's own rules run ({@link LinkChecker} on every body, the
 * templates compiled), so a plan's diagnostics are every reason the build can refuse the content,
 * found before a page is written; {@code check} plans without building.
 */
final class SitePlanner {
    /** The slug of the page the editorial block of every article links to ("How we review"). */
    static final String EDITORIAL_PROCESS = "editorial-process";
    /** Up to this many names, the A–Z index is one page; beyond, it has a page per letter. */
    static final int A_Z_ONE_PAGE_LIMIT = 2000;

    private final MarkdownRenderer markdown;

    SitePlanner(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    SitePlan plan(Library library, List<Path> unloaded) {
        SiteConfig config = library.config();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Article> articles = library.siteArticles();
        List<ArticleSummary> summaries = articles.stream().map(a -> ArticleSummary.of(library, a))
                .sorted(ArticleSummary.BY_TITLE).toList();
        SortedMap<String, List<ArticleSummary>> byTopic = byTopic(summaries);
        Map<ArticleType, List<ArticleSummary>> byType = byType(summaries);
        List<Page> pages = library.pages();
        String editorialPath = editorialProcessPath(pages, diagnostics);
        List<String> staticFiles = library.staticFiles();
        List<AzIndexMapper.AzPage> azPages = AzIndexMapper.pages(summaries, A_Z_ONE_PAGE_LIMIT);
        Set<String> sitePaths = sitePaths(summaries, byTopic, byType, pages, azPages, staticFiles);
        List<SitePlan.Redirect> redirects = Redirects.plan(articles, summaries);
        LinkTargets targets = linkTargets(library, unloaded, summaries, sitePaths);
        LinkChecker links = new LinkChecker(targets);
        diagnostics.addAll(checkLinks(links, articles, pages));
        TemplateRenderer templates = new TemplateRenderer(Theme.forContent(library.root(), config.language()));
        diagnostics.addAll(templates.check());
        ReaderDates dates = new ReaderDates(config.language());
        return new SitePlan(library, siteView(config, pages), articles, summaries, byTopic, byType, pages, azPages, redirects, staticFiles,
                templates, links, new BodyProcessor(targets), new ArticleViewMapper(library, dates, editorialPath),
                new RelatedArticles(byTopic), dates, diagnostics);
    }

    /**
     * The plan of {@code library} after an edit of one article's front matter, made from the plan
     * {@code before} of the library before it: what the edit can change is planned again (the
     * summaries and their order, the topic and type lists, the A–Z pages when the article's
     * entries on them changed, the redirects, the related articles), and what it cannot is taken
     * as it was (the templates, the stand-alone pages and static files, and the rule for links,
     * with the diagnostics it found in the other bodies).
     * The edited article's own links are checked again by that same rule. The result is the plan
     * {@link #plan} makes of {@code library}, in a few milliseconds instead of the tens that
     * checking every body and compiling the templates take on MedQuAD.
     *
     * <p>Only for an edit that keeps the article's file, slug, aliases, status and publish state
     * ({@link SiteUpdate#of} checks): the targets a link may have (every article's address and
     * status) are then those of {@code before}, so no other body's diagnostics can change.
     *
     * @param changed the edited article, in {@code library} in place of the article of the same file
     */
    SitePlan replan(SitePlan before, Library library, Article changed) {
        List<Article> articles = library.siteArticles();
        boolean onSite = articles.stream().anyMatch(article -> article.file().equals(changed.file()));
        ArticleSummary summary = ArticleSummary.of(library, changed);
        List<ArticleSummary> summaries = before.summaries().stream()
                .map(other -> other.file().equals(changed.file()) ? summary : other)
                .sorted(ArticleSummary.BY_TITLE).toList();
        boolean sameNames = !onSite || before.summaries().stream().filter(other -> other.file().equals(changed.file()))
                .allMatch(other -> AzIndexMapper.sameEntries(other, summary));
        List<Diagnostic> diagnostics = new ArrayList<>(before.diagnostics().stream()
                .filter(diagnostic -> !diagnostic.file().equals(changed.file())).toList());
        if (onSite) {
            diagnostics.addAll(before.links().check(changed.file(), changed.path(), changed.body()));
        }
        SortedMap<String, List<ArticleSummary>> byTopic = byTopic(summaries);
        // The pages are those of before, and so is the warning when none is the editorial process.
        String editorialPath = editorialProcessPath(before.pages(), new ArrayList<>());
        return new SitePlan(library, before.site(), articles, summaries, byTopic, byType(summaries), before.pages(),
                sameNames ? before.azPages() : AzIndexMapper.pages(summaries, A_Z_ONE_PAGE_LIMIT),
                Redirects.plan(articles, summaries),
                before.staticFiles(), before.templates(), before.links(), before.bodies(),
                new ArticleViewMapper(library, before.dates(), editorialPath), new RelatedArticles(byTopic),
                before.dates(), diagnostics);
    }

    /** What every page knows of the site; the crisis notice is rendered here, once per build. */
    private SiteView siteView(SiteConfig config, List<Page> pages) {
        List<LinkView> footer = pages.stream().sorted(Comparator.comparing(Page::title))
                .map(page -> new LinkView(page.title(), page.path())).toList();
        return new SiteView(config.title(), config.language(), config.baseUrl(),
                markdown.render(config.crisisNotice(), 1).html(), footer, config.includeDrafts());
    }

    /** Every link and image of the site's articles and pages, checked in parallel, in file order. */
    private static List<Diagnostic> checkLinks(LinkChecker checker, List<Article> articles, List<Page> pages) {
        List<Diagnostic> found = new ArrayList<>(articles.parallelStream()
                .flatMap(article -> checker.check(article.file(), article.path(), article.body()).stream())
                .toList());
        pages.forEach(page -> found.addAll(checker.check(page.file(), page.path(), page.body())));
        return found;
    }

    private static SortedMap<String, List<ArticleSummary>> byTopic(List<ArticleSummary> summaries) {
        SortedMap<String, List<ArticleSummary>> byTopic = new TreeMap<>();
        for (ArticleSummary summary : summaries) {
            summary.topics().stream().distinct()
                    .forEach(topic -> byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(summary));
        }
        byTopic.replaceAll((topic, list) -> List.copyOf(list));
        return byTopic;
    }

    private static Map<ArticleType, List<ArticleSummary>> byType(List<ArticleSummary> summaries) {
        Map<ArticleType, List<ArticleSummary>> byType = new EnumMap<>(ArticleType.class);
        for (ArticleSummary summary : summaries) {
            byType.computeIfAbsent(summary.type(), t -> new ArrayList<>()).add(summary);
        }
        byType.replaceAll((type, list) -> List.copyOf(list));
        return byType;
    }

    private static String editorialProcessPath(List<Page> pages, List<Diagnostic> diagnostics) {
        if (pages.stream().anyMatch(page -> page.slug().equals(EDITORIAL_PROCESS))) {
            return EDITORIAL_PROCESS + "/";
        }
        diagnostics.add(Diagnostic.warning(Path.of("pages", EDITORIAL_PROCESS + ".md"), 0, 0,
                "no page with the slug '" + EDITORIAL_PROCESS + "': articles will not link to how they are reviewed;"
                + " add pages/" + EDITORIAL_PROCESS + ".md"));
        return "";
    }

    /** Every path the build of {@code plan} writes. */
    static Set<String> sitePaths(SitePlan plan) {
        return sitePaths(plan.summaries(), plan.byTopic(), plan.byType(), plan.pages(), plan.azPages(), plan.staticFiles());
    }

    /** Every path this build writes: pages (as "articles/afib/"), feeds, assets and static files. */
    private static Set<String> sitePaths(List<ArticleSummary> summaries, Map<String, List<ArticleSummary>> byTopic,
                                         Map<ArticleType, List<ArticleSummary>> byType, List<Page> pages,
                                         List<AzIndexMapper.AzPage> azPages, List<String> staticFiles) {
        Set<String> paths = new HashSet<>(List.of("", "search/", SitemapWriter.FILE, AtomFeedWriter.FILE,
                RobotsTxt.FILE, "404.html"));
        summaries.forEach(summary -> paths.add(summary.path()));
        byTopic.keySet().forEach(topic -> paths.add("topics/" + topic + "/"));
        byType.keySet().forEach(type -> paths.add("types/" + type.slug() + "/"));
        pages.forEach(page -> paths.add(page.path()));
        azPages.forEach(page -> paths.add(page.path()));
        paths.addAll(Theme.ASSETS);
        paths.addAll(staticFiles);
        return Set.copyOf(paths);
    }

    private static LinkTargets linkTargets(Library library, List<Path> unloaded, List<ArticleSummary> summaries,
                                           Set<String> sitePaths) {
        Set<String> built = new HashSet<>();
        summaries.forEach(summary -> built.add(summary.slug()));
        List<LinkTargets.Target> files = new ArrayList<>();
        for (Article article : library.articles()) {
            String status = built.contains(article.slug()) ? "" : Labels.status(library, article);
            files.add(new LinkTargets.Target(LinkTargets.key(article.file()), article.path(), status));
        }
        for (Page page : library.pages()) {
            files.add(new LinkTargets.Target(LinkTargets.key(page.file()), page.path(), ""));
        }
        for (Path file : unloaded) {
            files.add(new LinkTargets.Target(LinkTargets.key(file), "", "Has errors"));
        }
        return new LinkTargets(sitePaths, files);
    }
}
