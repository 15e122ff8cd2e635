package org.healthlib.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.healthlib.cli.Publisher;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.Library;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.generator.site.BuildListener;
import org.healthlib.generator.site.BuildReport;
import org.healthlib.generator.site.SiteBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Builds the static site of a whole corpus (by default the MedQuAD corpus, 5,483 articles) into a
 * temporary folder. {@code buildSite} times the generator alone, from a library loaded once;
 * {@code publish} times what {@code healthlib build} does: judge the folder, then write the site and the index.
 * The corpus is the system property {@code healthlib.corpus}, default {@code ../shared/corpora/medquad}
 * (relative to the folder the benchmark is started from).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class SiteBuildBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private MarkdownRenderer markdown;
    private LoadOptions options;
    private Library library;
    private Path workspace;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path corpus = Workspace.corpus();
        markdown = MarkdownRenderer.forContent();
        options = new LoadOptions(corpus, TODAY, false);
        LoadResult loaded = new ContentLoader(markdown).load(options);
        if (loaded.hasErrors()) {
            throw new IllegalStateException(corpus + " does not load: " + loaded.errorCount() + " errors");
        }
        library = loaded.library();
        workspace = Files.createTempDirectory("healthlib-bench-");
    }

    @Benchmark
    public BuildReport buildSite() {
        return checked(new SiteBuilder(markdown).build(library, workspace.resolve("site")));
    }

    /** What {@code healthlib build} does, through its own {@link Publisher}: judge the folder, write the site and the index. */
    @Benchmark
    public Publisher.Outcome publish() throws IOException {
        Publisher.Outcome outcome = new Publisher(markdown, new PrintWriter(Writer.nullWriter()))
                .publish(options, workspace.resolve("site"), workspace.resolve("index"), BuildListener.NONE);
        if (!outcome.succeeded()) {
            throw new IllegalStateException("the build failed with " + outcome.errors() + " errors");
        }
        return outcome;
    }

    @TearDown(Level.Trial)
    public void deleteWorkspace() throws IOException {
        Workspace.delete(workspace);
    }

    private static BuildReport checked(BuildReport report) {
        if (!report.succeeded()) {
            throw new IllegalStateException("the build failed with " + report.errorCount() + " errors");
        }
        return report;
    }
}
