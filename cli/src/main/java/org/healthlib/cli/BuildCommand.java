package org.healthlib.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.generator.site.BuildReport;
import org.healthlib.generator.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code healthlib build}: loads a content folder and builds its static site, atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the static site of a content folder. The site is replaced only when the build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ContentOptions content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site",
            description = "Folder the site is written to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--drafts",
            description = "Also build draft, in-review and retired articles, marked as not published (a preview).")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        DiagnosticPrinter printer = new DiagnosticPrinter(stdout);
        MarkdownRenderer markdown = MarkdownRenderer.forContent();

        LoadResult loaded = new ContentLoader(markdown).load(new LoadOptions(content.content, content.todayOrClock(), drafts));
        printer.print(loaded.diagnostics());
        if (loaded.hasErrors()) {
            stdout.println(failed(loaded.errorCount(), loaded.warningCount(), start));
            return 1;
        }

        BuildReport report;
        try (ProgressBar progress = ProgressBar.forConsole(spec.commandLine().getErr())) {
            report = new SiteBuilder(markdown, progress).build(loaded.library(), out);
        }
        printer.print(report.diagnostics());
        long warnings = loaded.warningCount() + report.warningCount();
        if (!report.succeeded()) {
            stdout.println(failed(report.errorCount(), warnings, start));
            return 1;
        }
        stdout.println("Built " + DiagnosticPrinter.count(report.articles(), "article") + ", "
                + DiagnosticPrinter.count(report.pages(), "page") + " in " + out + ": 0 errors, "
                + DiagnosticPrinter.count(warnings, "warning") + " (" + seconds(start) + ").");
        return 0;
    }

    private String failed(long errors, long warnings, long start) {
        return "Build failed: " + DiagnosticPrinter.count(errors, "error") + ", "
                + DiagnosticPrinter.count(warnings, "warning") + "; " + out + " was left as it was (" + seconds(start) + ").";
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }
}
