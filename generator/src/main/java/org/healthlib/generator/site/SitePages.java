package org.healthlib.generator.site;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.markdown.RenderedBody;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Page;
import org.healthlib.core.model.SiteLayout;
import org.healthlib.core.json.Json;
import org.healthlib.generator.postprocess.ProcessedBody;
import org.healthlib.generator.render.TemplateProblem;
import org.healthlib.generator.view.ArticleSummary;
import org.healthlib.generator.view.AzIndexMapper;
import org.healthlib.generator.view.HeadView;
import org.healthlib.generator.view.Labels;
import org.healthlib.generator.view.LinkView;
import org.healthlib.generator.view.ListingViewMapper;
import org.healthlib.generator.view.PageView;
import org.healthlib.generator.view.RedirectView;
import org.healthlib.generator.view.SearchView;
import org.healthlib.generator.view.SitePaths;

/**
 * Renders and writes the pages other than articles: home, topics, types, A–Z, stand-alone pages, search, 404, redirects;
 * all of them for a build, or some ({@link SiteUpdate}) over a built site.
 */
final class SitePages {
    private final SitePlan plan;
    private final SiteConfig config;
    private final PageOutput output;
    private final Diagnostics diagnostics;
    private final ListingViewMapper listings;

    SitePages(SitePlan plan, PageOutput output, Diagnostics diagnostics) {
        this.plan = plan;
        this.config = plan.library().config();
        this.output = output;
        this.diagnostics = diagnostics;
        this.listings = new ListingViewMapper(plan.dates());
    }

    /** Writes them all; returns the number of stand-alone pages written. */
    int writeAll() {
        home();
        plan.byTopic().keySet().forEach(this::topic);
        plan.byType().keySet().forEach(this::type);
        plan.azPages().forEach(this::azPage);
        int pages = (int) plan.pages().stream().filter(this::page).count();
        search();
        notFound();
        plan.redirects().forEach(this::redirect);
        return pages;
    }

    void home() {
        write("home.ftlh", "", website(config.title(), ""),
                listings.home(plan.summaries(), plan.byTopic(), plan.byType()));
    }

    /** The listing of a topic the plan has. */
    void topic(String topic) {
        write("listing.ftlh", "topics/" + topic + "/", website(Labels.topic(topic), ""),
                listings.topic(topic, plan.byTopic().get(topic)));
    }

    /** The listing of a type the plan has. */
    void type(ArticleType type) {
        write("listing.ftlh", "types/" + type.slug() + "/", website(type.label(), ""),
                listings.type(type, plan.byType().get(type)));
    }

    void azPage(AzIndexMapper.AzPage page) {
        String title = page.view().current().isEmpty() ? "Health topics A–Z" : "Health topics: " + page.view().current();
        write("a-z.ftlh", page.path(), website(title, "Every article of " + config.title() + ", A to Z"), page.view());
    }

    private boolean page(Page page) {
        ProcessedBody body = plan.bodies().process(page.file(), page.path(), page.body());
        PageView view = new PageView(page.title(), page.summary(), body.html(), List.of(new LinkView("Home", "")));
        return write("page.ftlh", page.path(), website(page.title(), page.summary()), view);
    }

    private void search() {
        Map<String, Object> types = new LinkedHashMap<>();
        for (ArticleType type : ArticleType.values()) {
            types.put(type.slug(), type.label());
        }
        Map<String, Object> topics = new LinkedHashMap<>();
        plan.byTopic().keySet().forEach(topic -> topics.put(topic, Labels.topic(topic)));
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("type", types);
        labels.put("topic", topics);
        HeadView head = new HeadView("Search", "Search " + config.title(), config.absoluteUrl("search/"), "website", "",
                true);
        write("search.ftlh", "search/", head, new SearchView(Json.write(labels)));
    }

    /**
     * The 404 page is served at any address, so its links cannot be relative to its own folder:
     * they start from the path of {@code base_url} ("/library/" for https://example.org/library/),
     * which holds on the published host and on any server that puts the site at the same path.
     */
    private void notFound() {
        HeadView head = new HeadView("Page not found", "", "", "website", "", true);
        PageView view = new PageView("Page not found", "", RenderedBody.empty().html(), List.of());
        render("404.ftlh", "404.html", rootPath(config.baseUrl()), head, view);
    }

    static String rootPath(String baseUrl) {
        try {
            String path = URI.create(baseUrl).getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    void redirect(SitePlan.Redirect redirect) {
        ArticleSummary article = redirect.article();
        String root = SitePaths.rootOf(redirect.file());
        HeadView head = new HeadView(article.title(), article.summary(), config.absoluteUrl(article.path()), "website",
                "", true);
        render("redirect.ftlh", redirect.file(), root, head, new RedirectView(article.title(), root + article.path()));
    }

    private HeadView website(String title, String description) {
        return new HeadView(title, description, "", "website", "", false);
    }

    private boolean write(String template, String sitePath, HeadView head, Object view) {
        HeadView withCanonical = new HeadView(head.title(), head.description(),
                head.canonical().isEmpty() ? config.absoluteUrl(sitePath) : head.canonical(), head.ogType(),
                head.jsonLd(), head.noindex());
        return render(template, SiteLayout.fileOf(sitePath), SitePaths.rootOf(sitePath), withCanonical, view);
    }

    private boolean render(String template, String file, String root, HeadView head, Object view) {
        try {
            output.write(file, plan.templates().render(template, PageModel.of(plan.site(), root, head, view)));
            return true;
        } catch (TemplateProblem problem) {
            diagnostics.add(problem.diagnostic());
            return false;
        }
    }
}
