package org.healthlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.healthlib.core.markdown.MarkdownRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code healthlib build}: loads a content folder and writes its static site and search index, atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the static site and the search index of a content folder. "
                + "Both are replaced only when the build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    PublishOptions publish;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        Publisher publisher = new Publisher(MarkdownRenderer.forContent(), new DiagnosticPrinter(stdout),
                publish.cacheFolder());
        Publisher.Outcome outcome;
        try (ProgressBar progress = ProgressBar.forConsole(spec.commandLine().getErr())) {
            progress.loading();
            outcome = publisher.publish(publish, progress);
        }
        if (!outcome.succeeded()) {
            stdout.println(failed(outcome.errors(), outcome.warnings(), start));
            return 1;
        }
        stdout.println("Built " + DiagnosticPrinter.count(outcome.articles(), "article") + ", "
                + DiagnosticPrinter.count(outcome.pages(), "page") + " in " + publish.out + " and the search index in " + publish.index
                + ": 0 errors, " + DiagnosticPrinter.count(outcome.warnings(), "warning") + " (" + seconds(start) + ").");
        return 0;
    }

    private String failed(long errors, long warnings, long start) {
        return "Build failed: " + DiagnosticPrinter.count(errors, "error") + ", "
                + DiagnosticPrinter.count(warnings, "warning") + "; " + publish.out + " and " + publish.index + " were left as they were (" + seconds(start) + ").";
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }
}
