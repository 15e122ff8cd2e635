package org.healthlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.FolderWatcher;
import org.healthlib.core.content.Library;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.editorial.EditorialOverview;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Article;
import org.healthlib.core.publish.Disposal;
import org.healthlib.generator.site.BuildListener;
import org.healthlib.generator.site.RenderedPage;
import org.healthlib.generator.site.SiteBuilder;
import org.healthlib.generator.site.SitePlan;
import org.healthlib.generator.site.SiteUpdate;
import org.healthlib.search.index.ArticleIndexer;

/**
 * What {@code serve} publishes, and again after each change. A change to one article is published
 * on its own: the file is loaded again and checked as a build checks it, then
 * <ul>
 * <li>an edit of its text alone: its page is rendered and written in place, and its search
 * document replaced. No other page shows an article's text (lists, feeds and related links show
 * its front matter);
 * <li>an edit of its front matter: the pages that show it are written again ({@link SiteUpdate}),
 * its own page first, as soon as the edit is checked and the page rendered, since it is the one
 * the editor is looking at; then its search document is replaced, and the names the search
 * suggests written again when its title or also-called names changed.
 * </ul>
 * Either way the result is the site a full build would make, but for one page: a text edit leaves
 * the editorial dashboard (reading grades, word counts) as it was until the next front-matter edit
 * or full build. Any other change (a front matter edit
 * that {@link SiteUpdate} leaves to a build, such as a new slug or status; a new or removed file,
 * site.yaml, reviewers, pages, synonyms, templates) publishes everything with {@link Publisher}.
 *
 * <p>Used by one thread, the watcher's.
 */
public final class Preview {
    private final MarkdownRenderer markdown;
    private final LoadOptions load;
    private final Path out;
    private final Path index;
    private final DiagnosticPrinter printer;
    private final CacheFolder cache;
    private final SiteBuilder site;
    /** What is being served, after the last publish that succeeded. */
    private Optional<Library> served = Optional.empty();
    /** The plan of the served library's site. */
    private Optional<SitePlan> plan = Optional.empty();

    Preview(MarkdownRenderer markdown, PublishOptions options, DiagnosticPrinter printer) {
        this(markdown, options.loadOptions(), options.out, options.index, printer, options.cacheFolder());
    }

    /**
     * A preview of the folder of {@code load}, published to {@code out} and {@code index};
     * diagnostics are printed to {@code out}. The benchmarks drive {@code serve}'s steps with it.
     */
    public Preview(MarkdownRenderer markdown, LoadOptions load, Path out, Path index, PrintWriter printed) {
        this(markdown, load, out, index, new DiagnosticPrinter(printed), CacheFolder.in(Path.of(CacheFolder.DEFAULT)));
    }

    private Preview(MarkdownRenderer markdown, LoadOptions load, Path out, Path index, DiagnosticPrinter printer,
                    CacheFolder cache) {
        this.cache = cache;
        this.markdown = markdown;
        this.load = load;
        this.out = out;
        this.index = index;
        this.printer = printer;
        this.site = new SiteBuilder(markdown);
    }

    /** Loads the folder and builds the whole site and index. */
    public Publisher.Outcome publishAll() throws IOException {
        Publisher.Outcome outcome = new Publisher(markdown, printer, cache).publish(load, out, index, BuildListener.NONE);
        Disposal.background().delete(outcome.replaced());
        if (outcome.succeeded()) {
            served = outcome.library();
            plan = outcome.plan();
        }
        return outcome;
    }

    /** The result of publishing an edit of one article (its text or its front matter). */
    public enum TextOutcome {
        /** The pages and search document that show it were replaced. */
        PUBLISHED,
        /** It has errors (printed); the site and index are as they were. */
        FAILED,
        /** The change is not one that a served article's pages can show alone: publish everything instead. */
        NOT_TEXT_ONLY
    }

    /** @param file the article's file, relative to the content folder, when the change was about one */
    record TextResult(TextOutcome outcome, Optional<Path> file) {
        static final TextResult NOT_TEXT_ONLY = new TextResult(TextOutcome.NOT_TEXT_ONLY, Optional.empty());
    }

    /** Publishes the change when it is an edit of one article alone. */
    TextResult publishText(FolderWatcher.Changes changes) throws IOException {
        Optional<Path> file = changes.lost() ? Optional.empty() : onlyFile(changes);
        TextOutcome outcome = file.isPresent() ? publishText(file.get()) : TextOutcome.NOT_TEXT_ONLY;
        return new TextResult(outcome, file);
    }

    /** Publishes an edit of the article in {@code file} (relative to the content folder), of its text or front matter. */
    public TextOutcome publishText(Path file) throws IOException {
        Optional<Article> before = served.flatMap(library -> library.article(file));
        if (before.isEmpty() || !Files.isRegularFile(load.root().resolve(file))) {
            return TextOutcome.NOT_TEXT_ONLY;
        }
        Library library = served.get();
        ContentLoader.ArticleReload reload = new ContentLoader(markdown).reload(library, file);
        printer.print(reload.diagnostics());
        if (reload.article().isEmpty()) {
            return TextOutcome.FAILED;
        }
        Article after = reload.article().get();
        SitePlan sitePlan = plan.orElseGet(() -> site.plan(library));
        plan = Optional.of(sitePlan);
        if (!before.get().frontMatter().equals(after.frontMatter())
                || EditorialOverview.showsTextEdit(library, before.get(), after)) {
            // The pages that show the front matter include the editorial dashboard, which shows grades.
            return publishFrontMatter(sitePlan, before.get(), after);
        }
        boolean onSite = sitePlan.articles().stream().anyMatch(article -> article.file().equals(after.file()));
        if (onSite) {
            RenderedPage page = site.rewriteArticle(sitePlan, after, out);
            printer.print(page.diagnostics());
            if (!page.rendered() || page.hasErrors()) {
                return TextOutcome.FAILED;
            }
        }
        if (library.isPublished(after)) {
            ArticleIndexer.update(index, after, cache.indexOptions(library));
        }
        served = Optional.of(library.withArticle(after));
        return TextOutcome.PUBLISHED;
    }

    private TextOutcome publishFrontMatter(SitePlan before, Article old, Article after) throws IOException {
        Library library = served.orElseThrow().withArticle(after);
        Optional<SiteUpdate> update = site.update(before, library, old, after);
        if (update.isEmpty()) {
            return TextOutcome.NOT_TEXT_ONLY;
        }
        SiteUpdate.Result result = update.get().write(out);
        printer.print(result.diagnostics());
        if (!result.published()) {
            return TextOutcome.FAILED;
        }
        if (library.isPublished(after)) {
            ArticleIndexer.update(index, after, cache.indexOptions(library));
            if (!old.title().equals(after.title()) || !old.alsoCalled().equals(after.alsoCalled())) {
                ArticleIndexer.updateNames(index, old, after);
            }
        }
        served = Optional.of(library);
        plan = Optional.of(update.get().plan());
        return TextOutcome.PUBLISHED;
    }

    /**
     * The one file a change is about. Files that came and went within it (an editor's or a tool's
     * temporary file, written and then renamed over the article) are not counted.
     */
    private Optional<Path> onlyFile(FolderWatcher.Changes changes) {
        List<Path> lasting = changes.paths().stream()
                .filter(path -> Files.exists(load.root().resolve(path))
                        || served.flatMap(library -> library.article(path)).isPresent())
                .toList();
        return lasting.size() == 1 ? Optional.of(lasting.get(0)) : Optional.empty();
    }
}
