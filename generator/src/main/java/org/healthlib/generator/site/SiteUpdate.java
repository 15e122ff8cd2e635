package org.healthlib.generator.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.healthlib.core.content.Library;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleType;
import org.healthlib.generator.view.Labels;

/**
 * An edit of one article's front matter, published over a built site: the pages that show the
 * article's front matter are written again, and no other. They are its own page; the home page,
 * the listings of its old and new topics and types and the A–Z pages that changed; the redirect
 * pages of its aliases; the pages of the articles whose related articles changed; the editorial
 * dashboard; and the feeds (sitemap, Atom feed, the names of the search box). Everything else a
 * build writes shows neither the article's front matter nor anything it changes, so the site is
 * the one a full build of the edited library writes.
 *
 * <p>The site is planned again from the plan before the edit ({@link SitePlanner#replan}): what
 * the edit can change is planned again and the article's links are checked by the build's own
 * rule, so an edit is judged exactly as a build judges it, in a few milliseconds on MedQuAD's
 * 5,483 articles. The article's page is published first, then the others: the dashboard and
 * the feeds only when what they show changed. An edit that changes more than those pages has no update
 * ({@link #of} is empty) and is published by a full build: a new slug or aliases (addresses come
 * and go), a new status or publish state (the article joins or leaves the lists and what links
 * may point to), or a topic, type or A–Z page that comes or goes.
 */
public final class SiteUpdate {
    private final SiteBuilder builder;
    private final SitePlan before;
    private final SitePlan after;
    private final Article old;
    private final Article changed;

    private SiteUpdate(SiteBuilder builder, SitePlan before, SitePlan after, Article old, Article changed) {
        this.builder = builder;
        this.before = before;
        this.after = after;
        this.old = old;
        this.changed = changed;
    }

    /** What was written: nothing when there was an error (the diagnostics say which). */
    public record Result(List<String> files, List<Diagnostic> diagnostics) {
        public Result {
            files = List.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean published() {
            return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
    }

    /**
     * The update of the site of {@code before} to {@code library}, the same library with
     * {@code changed} in place of {@code old} (same file), when the edit can be published alone.
     */
    static Optional<SiteUpdate> of(SiteBuilder builder, SitePlan before, Library library, Article old, Article changed) {
        Library served = before.library();
        boolean samePlace = old.file().equals(changed.file()) && old.slug().equals(changed.slug())
                && old.aliases().equals(changed.aliases())
                && old.editorial().status() == changed.editorial().status()
                && served.isPublished(old) == library.isPublished(changed)
                && Labels.status(served, old).equals(Labels.status(library, changed));
        if (!samePlace) {
            return Optional.empty();
        }
        SitePlan after = builder.replan(before, library, changed);
        if (!SitePlanner.sitePaths(before).equals(SitePlanner.sitePaths(after))) {
            return Optional.empty();
        }
        return Optional.of(new SiteUpdate(builder, before, after, old, changed));
    }

    /** The plan of the edited library's site. */
    public SitePlan plan() {
        return after;
    }

    /**
     * Checks the edit as a build would (the plan's diagnostics: its errors, and the article's
     * warnings) and, when there is no error, renders the pages that change and moves each over its old
     * version in the built site {@code outDir}. The article's own page goes first, as soon as it is
     * rendered: it is the page the editor waits for, and on MedQuAD the other pages (the dashboard,
     * the feeds, a hundred pages of related articles) take several times as long. A page that fails
     * to render publishes nothing: the article's page is then put back as it was.
     *
     * @throws SiteOutputException when a page cannot be written
     */
    public Result write(Path outDir) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(after.diagnostics().stream()
                .filter(d -> d.isError() || d.file().equals(changed.file())).toList());
        if (after.hasErrors()) {
            return new Result(List.of(), diagnostics.sorted());
        }
        try (PageBatch batch = PageBatch.over(outDir)) {
            if (!ownPage(batch, diagnostics)) {
                return new Result(List.of(), diagnostics.sorted());
            }
            pages(batch, diagnostics).parallelStream().forEach(Runnable::run);
            List<Diagnostic> found = diagnostics.sorted();
            if (found.stream().anyMatch(Diagnostic::isError)) {
                return new Result(List.of(), found);
            }
            return new Result(batch.publish(), found);
        }
    }

    /** Renders the article's page, if it is on the site, and publishes it ahead of the batch; false on an error. */
    private boolean ownPage(PageBatch batch, Diagnostics diagnostics) {
        Optional<Article> own = after.articles().stream().filter(article -> article.file().equals(changed.file())).findFirst();
        if (own.isEmpty()) {
            return true;
        }
        RenderedPage page = builder.renderArticle(after, own.get());
        diagnostics.addAll(page.diagnostics());
        if (!page.rendered() || page.hasErrors()) {
            return false;
        }
        batch.publishFirst(page.file(), page.html());
        return true;
    }

    /**
     * Writing each other page that changes into {@code batch}: independent of one another, so
     * they may run in parallel. The dashboard and the feeds are written only when what they show
     * changed.
     */
    private List<Runnable> pages(PageBatch batch, Diagnostics diagnostics) {
        List<Runnable> pages = new ArrayList<>();
        for (Article article : relatedArticles()) {
            pages.add(() -> {
                RenderedPage page = builder.renderArticle(after, article);
                diagnostics.addAll(page.diagnostics());
                if (page.rendered()) {
                    batch.write(page.file(), page.html());
                }
            });
        }
        pages.addAll(listings(new SitePages(after, batch, diagnostics)));
        pages.add(() -> new EditorialDashboard(after, batch, diagnostics).update(before));
        pages.add(() -> SiteFeeds.update(before, after, batch.root()));
        return pages;
    }

    /** The pages of the other articles whose related articles changed. */
    private List<Article> relatedArticles() {
        Set<String> topics = topics();
        List<Article> articles = new ArrayList<>();
        for (Article article : after.articles()) {
            if (!article.file().equals(changed.file()) && article.topics().stream().anyMatch(topics::contains)
                    && !before.related().of(article).equals(after.related().of(article))) {
                articles.add(article);
            }
        }
        return articles;
    }

    /** Home, the listings of the old and new topics and types, the A–Z pages that changed, the article's redirects. */
    private List<Runnable> listings(SitePages pages) {
        List<Runnable> listings = new ArrayList<>();
        listings.add(pages::home);
        topics().stream().filter(after.byTopic()::containsKey).forEach(topic -> listings.add(() -> pages.topic(topic)));
        Set<ArticleType> types = EnumSet.of(old.type(), changed.type());
        types.stream().filter(after.byType()::containsKey).forEach(type -> listings.add(() -> pages.type(type)));
        after.azPages().stream().filter(page -> !before.azPages().contains(page))
                .forEach(page -> listings.add(() -> pages.azPage(page)));
        after.redirects().stream().filter(redirect -> redirect.article().slug().equals(changed.slug()))
                .forEach(redirect -> listings.add(() -> pages.redirect(redirect)));
        return listings;
    }

    /** The old and the new topics of the article. */
    private Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>(old.topics());
        topics.addAll(changed.topics());
        return topics;
    }
}
