package org.healthlib.generator.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.content.Library;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.SiteLayout;
import org.healthlib.generator.jsonld.MedicalWebPageLd;
import org.healthlib.generator.postprocess.ProcessedBody;
import org.healthlib.generator.render.TemplateProblem;
import org.healthlib.generator.view.ArticleView;
import org.healthlib.generator.view.HeadView;
import org.healthlib.generator.view.SitePaths;

/**
 * Builds the static site of a library: plan the pages, render the articles in parallel (each
 * written as soon as it is rendered), render the listings, write the feeds, and swap the new
 * site in, only if nothing went wrong. Diagnostics are returned, never printed.
 */
public final class SiteBuilder {
    private final SitePlanner planner;
    private final BuildListener listener;
    private final int parallelism;

    public SiteBuilder(MarkdownRenderer markdown) {
        this(markdown, BuildListener.NONE);
    }

    /** @param markdown renders the site's crisis notice; the same renderer the content was loaded with */
    public SiteBuilder(MarkdownRenderer markdown, BuildListener listener) {
        this.planner = new SitePlanner(markdown);
        this.listener = listener;
        this.parallelism = Runtime.getRuntime().availableProcessors();
    }

    /** Builds the site of {@code library} into {@code outDir}, replacing what was there only when the build succeeds. */
    public BuildReport build(Library library, Path outDir) {
        return build(plan(library), outDir);
    }

    /** Builds a planned site into {@code outDir}, replacing what was there only when the build succeeds. */
    public BuildReport build(SitePlan plan, Path outDir) {
        try (StagedSite staged = stage(plan, outDir)) {
            if (staged.report().succeeded()) {
                staged.output().orElseThrow().commit();
            }
            return staged.report();
        }
    }

    /**
     * Writes a planned site beside {@code outDir} without swapping it in: the caller commits it
     * (with the search index, through {@link org.healthlib.core.publish.Publication}) when the
     * report succeeded, and closes it, which removes it unless committed.
     */
    public StagedSite stage(SitePlan plan, Path outDir) {
        long start = System.nanoTime();
        Library library = plan.library();
        checkOutsideContent(library, outDir);
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(plan.diagnostics());
        if (plan.hasErrors()) {
            return new StagedSite(report(0, 0, outDir, diagnostics, start), Optional.empty());
        }
        AtomicOutput output = AtomicOutput.beside(outDir);
        try {
            StaticFiles.copy(library.root(), plan.staticFiles(), output.root());
            int articles = renderArticles(plan, output, diagnostics);
            int pages = new SitePages(plan, output, diagnostics).writeAll();
            new EditorialDashboard(plan, output, diagnostics).write();
            SiteFeeds.write(plan, output.root());
            return new StagedSite(report(articles, pages, outDir, diagnostics, start), Optional.of(output));
        } catch (RuntimeException e) {
            output.close();
            throw e;
        }
    }

    /**
     * A site written beside its folder, not yet swapped in; closing it removes it unless committed.
     *
     * @param output the staged site; empty when the plan had errors and nothing was written
     */
    public record StagedSite(BuildReport report, Optional<AtomicOutput> output) implements AutoCloseable {
        @Override
        public void close() {
            output.ifPresent(AtomicOutput::close);
        }
    }

    /** Plans a build of {@code library}: the step before any page is rendered. */
    public SitePlan plan(Library library) {
        return planner.plan(library, List.of());
    }

    /**
     * Plans a build of a folder that did not load whole: links to the {@code unloaded} article
     * files (they have errors) are left out of the site with a warning, not taken for links to nothing.
     */
    public SitePlan plan(Library library, List<Path> unloaded) {
        return planner.plan(library, unloaded);
    }

    /** The plan of {@code library} after an edit of {@code changed}'s front matter alone: see {@link SitePlanner#replan}. */
    SitePlan replan(SitePlan before, Library library, Article changed) {
        return planner.replan(before, library, changed);
    }

    /**
     * The update of the built site of {@code before} after an edit of one article's front matter:
     * {@code library} is the library of {@code before} with {@code changed} in place of {@code old}.
     * Empty when the edit changes more than an update writes; build the site then.
     */
    public Optional<SiteUpdate> update(SitePlan before, Library library, Article old, Article changed) {
        return SiteUpdate.of(this, before, library, old, changed);
    }

    /**
     * Renders one article page; callable on its own, so that a change to one file can be rebuilt
     * without the rest of the site. Thread-safe.
     */
    public RenderedPage renderArticle(SitePlan plan, Article article) {
        SiteConfig config = plan.library().config();
        String root = SitePaths.rootOf(article.path());
        ProcessedBody body = plan.bodies().process(article.file(), article.path(), article.body());
        List<Diagnostic> diagnostics = new ArrayList<>();
        ArticleView view = plan.articleViews().map(article, body.html(), body.headings(), plan.related().of(article));
        HeadView head = new HeadView(article.title(), article.summary(), config.absoluteUrl(article.path()), "article",
                MedicalWebPageLd.of(article, config, plan.library().reviewers()), !view.statusLabel().isEmpty());
        String file = SiteLayout.fileOf(article.path());
        try {
            return new RenderedPage(file, plan.templates().render("article.ftlh",
                    PageModel.of(plan.site(), root, head, view)), diagnostics);
        } catch (TemplateProblem problem) {
            diagnostics.add(problem.diagnostic());
            return new RenderedPage(file, "", diagnostics);
        }
    }

    /**
     * Checks one article's links and images as planning does ({@link SitePlan#links()}), renders it
     * and, when there was no error, writes its page over the one in
     * the built site {@code outDir} (a new file moved into place, so a reader never sees half a
     * page): an edit of the article's text, where no other page changes. A page with an error (a
     * broken link) is not written, as a build would not publish it.
     *
     * @throws SiteOutputException when the page cannot be written
     */
    public RenderedPage rewriteArticle(SitePlan plan, Article article, Path outDir) {
        List<Diagnostic> checked = plan.links().check(article.file(), article.path(), article.body());
        if (checked.stream().anyMatch(Diagnostic::isError)) {
            return new RenderedPage(SiteLayout.fileOf(article.path()), "", checked);
        }
        RenderedPage rendered = renderArticle(plan, article);
        List<Diagnostic> diagnostics = new ArrayList<>(checked);
        diagnostics.addAll(rendered.diagnostics());
        RenderedPage page = new RenderedPage(rendered.file(), rendered.html(), diagnostics);
        if (page.rendered() && !page.hasErrors()) {
            replace(outDir.resolve(page.file()), page.html());
        }
        return page;
    }

    private static void replace(Path target, String html) {
        try {
            // Not a temporary file: those are readable by their owner alone, and a page is for the web server.
            Path fresh = target.resolveSibling(".page-" + UUID.randomUUID() + ".html");
            try {
                Files.writeString(fresh, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(fresh);
            }
        } catch (IOException e) {
            throw new SiteOutputException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private int renderArticles(SitePlan plan, AtomicOutput output, Diagnostics diagnostics) {
        int total = plan.articles().size();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            pool.submit(() -> plan.articles().parallelStream().forEach(article -> {
                RenderedPage page = renderArticle(plan, article);
                diagnostics.addAll(page.diagnostics());
                if (page.rendered()) {
                    output.write(page.file(), page.html());
                    written.incrementAndGet();
                }
                listener.articlesRendered(done.incrementAndGet(), total);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SiteOutputException("the build was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // an OutOfMemoryError stays one, for the command line to explain
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return written.get();
    }

    private static void checkOutsideContent(Library library, Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        if (library.root().toAbsolutePath().normalize().startsWith(out)) {
            throw new SiteOutputException("refusing to write the site to " + out + ": it holds the content folder");
        }
    }

    private static BuildReport report(int articles, int pages, Path outDir, Diagnostics diagnostics, long start) {
        List<Diagnostic> distinct = diagnostics.sorted().stream().distinct().toList();
        return new BuildReport(articles, pages, outDir, distinct, Duration.ofNanos(System.nanoTime() - start));
    }
}
