package org.healthlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.content.Library;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.publish.Disposal;
import org.healthlib.core.publish.Publication;
import org.healthlib.generator.site.BuildListener;
import org.healthlib.generator.site.BuildReport;
import org.healthlib.generator.site.SiteBuilder;
import org.healthlib.generator.site.SitePlan;

/**
 * The pipeline that {@code build} and {@code serve} share: finish or clear what an earlier, killed
 * run left; judge the folder ({@link Verdict}, as {@code check} does); write the site and the
 * search index beside their folders, the index on a thread of its own while the site renders
 * ({@link BackgroundIndex}); then swap both in together ({@link Publication}), or neither. A
 * failure at any step leaves the published site and index as they were. Folders that nothing reads
 * any more are deleted on a thread of their own ({@link Disposal}), without waiting for it: those
 * earlier runs left as soon as this one starts, the ones this run replaces when its caller says
 * ({@link Outcome#replaced}).
 * Diagnostics are printed as they are found; the caller prints its own summary.
 */
public final class Publisher {
    private final MarkdownRenderer markdown;
    private final DiagnosticPrinter printer;
    private final CacheFolder cache;

    Publisher(MarkdownRenderer markdown, DiagnosticPrinter printer, CacheFolder cache) {
        this.markdown = markdown;
        this.printer = printer;
        this.cache = cache;
    }

    /**
     * A publisher that prints diagnostics to {@code printed} and caches in {@code target/.healthlib-cache};
     * the benchmarks time {@code build} with it.
     */
    public Publisher(MarkdownRenderer markdown, PrintWriter printed) {
        this(markdown, new DiagnosticPrinter(printed), CacheFolder.in(Path.of(CacheFolder.DEFAULT)));
    }

    /**
     * What a run produced; {@code articles}, {@code pages} and {@code indexed} are 0 when it
     * failed, and {@code library} is what was published when it succeeded, {@code plan} the plan
     * of its site, {@code replaced} the site and index folders it replaced, moved aside
     * ({@code .<name>.old-<n>}) and not yet deleted: {@code serve} deletes them at once
     * ({@link Disposal}); {@code build} leaves them to its next run, which deletes them while it works.
     */
    public record Outcome(boolean succeeded, int articles, int pages, int indexed, long errors, long warnings,
                          Optional<Library> library, Optional<SitePlan> plan, List<Path> replaced) {
        static Outcome failed(long errors, long warnings) {
            return new Outcome(false, 0, 0, 0, errors, warnings, Optional.empty(), Optional.empty(), List.of());
        }
    }

    /** Publishes the folder of {@code options} to its site and index folders. */
    public Outcome publish(PublishOptions options, BuildListener listener) throws IOException {
        return publish(options.loadOptions(), options.out, options.index, listener);
    }

    /** Publishes the folder of {@code load} to the site folder {@code out} and the index folder {@code index}. */
    public Outcome publish(LoadOptions load, Path out, Path index, BuildListener listener) throws IOException {
        Disposal.background().delete(Publication.finishAndList(List.of(out, index)).folders());
        Verdict verdict = Verdict.of(markdown, load);
        printer.print(verdict.diagnostics());
        if (verdict.hasErrors()) {
            return Outcome.failed(verdict.errorCount(), verdict.warningCount());
        }
        Library library = verdict.loaded().library();
        try (BackgroundIndex staged = BackgroundIndex.start(library, index, cache.indexOptions(library));
             SiteBuilder.StagedSite site = new SiteBuilder(markdown, listener).stage(verdict.plan(), out)) {
            BuildReport report = site.report();
            List<Diagnostic> rendering = verdict.renderingOnly(report);
            printer.print(rendering);
            long warnings = verdict.warningCount() + rendering.stream().filter(d -> !d.isError()).count();
            if (!report.succeeded()) {
                return Outcome.failed(report.errorCount(), warnings);
            }
            List<Path> replaced = Publication.swap(List.of(site.output().orElseThrow().staged(), staged.folder()));
            return new Outcome(true, report.articles(), report.pages(), library.publishedArticles().size(), 0,
                    warnings, Optional.of(library), Optional.of(verdict.plan()), replaced);
        }
    }
}
