package org.healthlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.publish.Disposal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code healthlib build}: loads a content folder and writes its static site and search index,
 * atomically; or, when nothing it reads has changed since it last built the same folders and they
 * are as it left them ({@link BuildCache}), says so and what that build printed, without loading.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the static site and the search index of a content folder. "
                + "Both are replaced only when the build succeeds. "
                + "When nothing has changed since the last build, nothing is built again.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    PublishOptions publish;

    @Option(names = "--clean", description = "Build everything, even when nothing has changed since the last build.")
    boolean clean;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        BuildCache builds = BuildCache.in(publish.cacheDir(), publish.out, publish.index);
        LoadOptions load = publish.loadOptions();
        String inputs = builds.inputs(load);
        Optional<BuildCache.Built> last = clean ? Optional.empty() : builds.upToDate(inputs);
        if (last.isPresent()) {
            return upToDate(stdout, last.get(), start);
        }
        builds.forget();
        List<String> printed = new ArrayList<>();
        Publisher publisher = new Publisher(MarkdownRenderer.forContent(),
                new DiagnosticPrinter(stdout, diagnostic -> printed.add(diagnostic.format())), publish.cacheFolder());
        Publisher.Outcome outcome;
        try (ProgressBar progress = ProgressBar.forConsole(spec.commandLine().getErr())) {
            progress.loading();
            outcome = publisher.publish(load, publish.out, publish.index, progress);
        }
        awaitLeftoversDeleted();
        if (!outcome.succeeded()) {
            stdout.println(failed(outcome.errors(), outcome.warnings(), start));
            return 1;
        }
        stdout.println("Built " + DiagnosticPrinter.count(outcome.articles(), "article") + ", "
                + DiagnosticPrinter.count(outcome.pages(), "page") + " in " + publish.out + " and the search index in " + publish.index
                + ": 0 errors, " + DiagnosticPrinter.count(outcome.warnings(), "warning") + " (" + seconds(start) + ").");
        try {
            builds.remember(inputs, new BuildCache.Built(outcome.articles(), outcome.pages(), outcome.warnings(), printed));
        } catch (IOException e) {
            // The site and index are published; without a record the next build simply builds again.
        }
        return 0;
    }

    /**
     * Waits for the folders that earlier runs left to be deleted (they were handed to
     * {@link Disposal} as the build started, and are usually gone long before it ends). The site and
     * index this build replaced stay beside their folders as {@code .<name>.old-<n>}: deleting a
     * large site takes longer than writing it on some disks, and the next build deletes them while
     * it works.
     */
    private static void awaitLeftoversDeleted() {
        try {
            Disposal.background().awaitDone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the last build printed, then that nothing was built. */
    private int upToDate(PrintWriter stdout, BuildCache.Built last, long start) {
        last.diagnostics().forEach(stdout::println);
        stdout.println("Up to date: " + DiagnosticPrinter.count(last.articles(), "article") + ", "
                + DiagnosticPrinter.count(last.pages(), "page") + " in " + publish.out + " and the search index in " + publish.index
                + ": 0 errors, " + DiagnosticPrinter.count(last.warnings(), "warning")
                + "; nothing has changed since the last build (--clean builds everything again) (" + seconds(start) + ").");
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
