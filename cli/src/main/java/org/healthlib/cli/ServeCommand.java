package org.healthlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.healthlib.core.content.FolderWatcher;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.FilePaths;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.generator.site.SiteOutputException;
import org.healthlib.search.http.BuildStatus;
import org.healthlib.search.http.SearchServer;
import org.healthlib.search.query.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code healthlib serve}: builds the site and the search index, serves both, and rebuilds them
 * when the content changes (seen through the system's file events, {@link FolderWatcher}). A
 * rebuild that fails leaves the served site and index as they were, and its errors are shown in
 * the open pages ({@link BuildStatus}) until a rebuild succeeds.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site and the search index, then serve them with the search API. "
                + "Content changes are rebuilt while serving.")
final class ServeCommand implements Callable<Integer> {
    private static final long POLL_MILLIS = 1_000;

    @Mixin
    PublishOptions publish;

    @Mixin
    ListenOptions listen;

    @Spec
    CommandSpec spec;

    /** Released to stop serving (tests); Ctrl-C stops through the shutdown hook. */
    final CountDownLatch stopped = new CountDownLatch(1);

    private final BuildStatus status = new BuildStatus();
    /** The errors printed since the current rebuild started; used by the watcher's thread alone. */
    private final List<Diagnostic> errors = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        Preview preview = new Preview(MarkdownRenderer.forContent(), publish, new DiagnosticPrinter(stdout, printed -> {
            if (printed.isError()) {
                errors.add(printed);
            }
        }));
        if (!build(preview, stdout)) {
            return 1;
        }
        try (SearchService search = SearchService.open(publish.index, Optional.of(publish.cacheFolder().embedder()));
             SearchServer server = SearchServer.start(search, status, publish.out, listen.host, listen.port)) {
            Thread hook = new Thread(() -> {
                server.stop();
                stopped.countDown();
            }, "healthlib-serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            stdout.println("Serving " + server.uri());
            stdout.flush();
            watch(preview, search, stdout);
            removeHook(hook);
        }
        return 0;
    }

    /**
     * Rebuilds when the content folder changes, until stopped: on the system's file events, or by
     * looking at the folder every second when the system cannot watch it.
     */
    private void watch(Preview preview, SearchService search, PrintWriter stdout) throws InterruptedException {
        FolderWatcher watcher;
        try {
            watcher = FolderWatcher.watch(publish.content.content);
        } catch (IOException e) {
            stdout.println("Cannot watch " + publish.content.content + " (" + e.getMessage() + "); looking for changes every second.");
            poll(preview, search, stdout);
            return;
        }
        try (watcher) {
            while (stopped.getCount() > 0) {
                Optional<FolderWatcher.Changes> changes = watcher.next(Duration.ofMillis(POLL_MILLIS));
                if (changes.isPresent()) {
                    rebuild(changes, preview, search, stdout);
                }
            }
        } catch (IOException e) {
            stdout.println("Stopped watching " + publish.content.content + " (" + e.getMessage() + ").");
        }
    }

    private void poll(Preview preview, SearchService search, PrintWriter stdout) throws InterruptedException {
        long seen = fingerprint();
        while (!stopped.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            long now = fingerprint();
            if (now != seen) {
                seen = now;
                rebuild(Optional.empty(), preview, search, stdout);
            }
        }
    }

    /**
     * Publishes the text of one article alone when that is all that changed, else everything; then
     * tells the open pages whether it worked, with the errors when it did not.
     */
    private void rebuild(Optional<FolderWatcher.Changes> changes, Preview preview, SearchService search,
                         PrintWriter stdout) {
        stdout.println("Changed: " + changes.map(FolderWatcher.Changes::describe).orElse("the content folder")
                + "; rebuilding...");
        errors.clear();
        List<BuildStatus.Problem> failure = List.of();
        try {
            Preview.TextResult text = changes.isPresent()
                    ? preview.publishText(changes.get()) : Preview.TextResult.NOT_TEXT_ONLY;
            if (text.outcome() == Preview.TextOutcome.PUBLISHED) {
                publish(search);
                stdout.println("Rebuilt " + FilePaths.portable(text.file().orElseThrow()) + ".");
            } else if (text.outcome() == Preview.TextOutcome.FAILED) {
                stdout.println("Rebuild failed; still serving the previous build.");
                failure = problems();
            } else if (build(preview, stdout)) {
                publish(search);
            } else {
                failure = problems();
            }
        } catch (IOException | UncheckedIOException | SiteOutputException e) {
            stdout.println("Rebuild failed: " + e.getMessage() + "; still serving the previous build.");
            failure = List.of(new BuildStatus.Problem("", 0, 0, "the rebuild failed: " + e.getMessage()));
        }
        if (!failure.isEmpty()) {
            status.failed(failure);
        }
        stdout.flush();
    }

    /**
     * Tells the open pages that the site on disk is a new build, then serves its index (which
     * changes the version they wait on): a page asked for before now reloads.
     */
    private void publish(SearchService search) throws IOException {
        status.succeeded();
        search.reload();
    }

    /** The errors printed by the rebuild that failed; one that says so when none was printed. */
    private List<BuildStatus.Problem> problems() {
        if (errors.isEmpty()) {
            return List.of(new BuildStatus.Problem("", 0, 0, "the rebuild failed"));
        }
        return errors.stream().map(BuildStatus.Problem::of).toList();
    }

    /** Loads the content, builds the site and then the index; false (after printing why) on errors. */
    private boolean build(Preview preview, PrintWriter stdout) throws IOException {
        Publisher.Outcome outcome = preview.publishAll();
        if (!outcome.succeeded()) {
            stdout.println("Build failed: " + DiagnosticPrinter.count(outcome.errors(), "error") + ".");
            return false;
        }
        stdout.println("Built " + DiagnosticPrinter.count(outcome.articles(), "article") + " in " + publish.out
                + " and the search index of " + DiagnosticPrinter.count(outcome.indexed(), "article") + " in " + publish.index + ".");
        return true;
    }

    /** Changes when any file of the content folder is added, removed or modified. */
    private long fingerprint() {
        try (Stream<Path> files = Files.walk(publish.content.content)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return file.toString().hashCode() * 31L + Files.getLastModifiedTime(file).toMillis()
                            + Files.size(file) * 17L;
                } catch (IOException e) {
                    return file.toString().hashCode();
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }
}
