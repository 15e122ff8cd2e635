package org.healthlib.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.publish.StagedFolder;
import org.healthlib.generator.render.Theme;
import org.healthlib.generator.site.BuildReport;
import org.healthlib.generator.site.SiteBuilder;
import org.healthlib.generator.site.SitePlan;
import org.healthlib.search.analysis.SynonymMaps;

/**
 * The one verdict on a content folder, which {@code check}, {@code build} and {@code serve} all
 * reach the same way: the folder loaded with the content's rules (core: front matter, review
 * dates, reviewers, addresses, symbolic links), the site planned with the site's rules
 * (generator: links, images, templates) and the synonyms built as the search will build them
 * (search). Every problem of the folder comes out of one run, and the build refuses exactly what
 * this refuses.
 *
 * @param loaded      the folder as loaded
 * @param plan        the site planned from what loaded; a build renders it when there is no error
 * @param diagnostics every problem, sorted by file and position
 */
record Verdict(LoadResult loaded, SitePlan plan, List<Diagnostic> diagnostics) {

    Verdict {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Judges the folder of {@code options}, with the renderer the caller needs (HTML or not). */
    static Verdict of(MarkdownRenderer markdown, LoadOptions options) {
        LoadResult loaded = new ContentLoader(markdown).load(options);
        SitePlan plan = new SiteBuilder(markdown).plan(loaded.library(), loaded.unloaded());
        Diagnostics all = new Diagnostics();
        all.addAll(loaded.diagnostics());
        all.addAll(plan.diagnostics());
        all.addAll(SynonymMaps.check(loaded.library().synonyms()));
        return new Verdict(loaded, plan, all.sorted().stream().distinct().toList());
    }

    /**
     * The verdict of {@code check}: {@link #of}, and what only rendering finds, a template of the
     * folder's own that fails on some page. {@code build} and {@code serve} find that as they write
     * the site ({@link #renderingOnly}). A folder that replaces any of the theme's templates is
     * loaded with the build's own Markdown renderer (its pages need the bodies' HTML and the
     * headings read from it) and, when it has no error, which is when a build renders, rendered
     * into a scratch folder removed afterwards; the lines come in the build's order, the verdict's
     * then rendering's. Any other folder is judged without HTML, which is quicker: the theme's own
     * templates render every page of every fixture in the tests.
     */
    static Verdict forCheck(LoadOptions options) throws IOException {
        if (!Theme.overriddenIn(options.root())) {
            return of(MarkdownRenderer.forChecking(), options);
        }
        MarkdownRenderer markdown = MarkdownRenderer.forContent();
        Verdict verdict = of(markdown, options);
        return verdict.hasErrors() ? verdict : verdict.rendered(markdown);
    }

    private Verdict rendered(MarkdownRenderer markdown) throws IOException {
        Path scratch = Files.createTempDirectory("healthlib-check-");
        try (SiteBuilder.StagedSite site = new SiteBuilder(markdown).stage(plan, scratch.resolve("site"))) {
            return new Verdict(loaded, plan,
                    Stream.concat(diagnostics.stream(), renderingOnly(site.report()).stream()).toList());
        } finally {
            StagedFolder.deleteTree(scratch);
        }
    }

    /** What only rendering found (a template that fails on one page), beyond this verdict's own. */
    List<Diagnostic> renderingOnly(BuildReport report) {
        Set<Diagnostic> known = new HashSet<>(diagnostics);
        return report.diagnostics().stream().filter(d -> !known.contains(d)).toList();
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
