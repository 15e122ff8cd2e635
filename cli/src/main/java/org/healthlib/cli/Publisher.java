package org.healthlib.cli;

import java.io.IOException;
import java.util.Optional;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.Library;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.generator.site.BuildListener;
import org.healthlib.generator.site.BuildReport;
import org.healthlib.generator.site.SiteBuilder;
import org.healthlib.search.index.ArticleIndexer;

/**
 * The pipeline that {@code build} and {@code serve} share: load the content folder, build the
 * site, then write the search index. Each step runs only when the one before had no errors, and
 * each output is replaced atomically, so a failure leaves the published site and index as they were.
 * Diagnostics are printed as they are found; the caller prints its own summary.
 */
final class Publisher {
    private final MarkdownRenderer markdown;
    private final DiagnosticPrinter printer;

    Publisher(MarkdownRenderer markdown, DiagnosticPrinter printer) {
        this.markdown = markdown;
        this.printer = printer;
    }

    /**
     * What a run produced; {@code articles}, {@code pages} and {@code indexed} are 0 when it
     * failed, and {@code library} is what was published when it succeeded.
     */
    record Outcome(boolean succeeded, int articles, int pages, int indexed, long errors, long warnings,
                   Optional<Library> library) {
        static Outcome failed(long errors, long warnings) {
            return new Outcome(false, 0, 0, 0, errors, warnings, Optional.empty());
        }
    }

    Outcome publish(PublishOptions options, BuildListener listener) throws IOException {
        LoadResult loaded = new ContentLoader(markdown).load(options.loadOptions());
        printer.print(loaded.diagnostics());
        if (loaded.hasErrors()) {
            return Outcome.failed(loaded.errorCount(), loaded.warningCount());
        }
        BuildReport report = new SiteBuilder(markdown, listener).build(loaded.library(), options.out);
        printer.print(report.diagnostics());
        long warnings = loaded.warningCount() + report.warningCount();
        if (!report.succeeded()) {
            return Outcome.failed(report.errorCount(), warnings);
        }
        ArticleIndexer.IndexSummary indexed = ArticleIndexer.writeAtomically(loaded.library(), options.index);
        return new Outcome(true, report.articles(), report.pages(), indexed.articles(), 0, warnings,
                Optional.of(loaded.library()));
    }
}
