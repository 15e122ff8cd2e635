package org.healthlib.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.healthlib.generator.site.RenderedPage;
import org.healthlib.generator.site.SiteBuilder;
import org.healthlib.generator.site.SitePlan;
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
 * A hot path of the build: one article's page from its rendered body ({@code SiteBuilder.renderArticle}:
 * the HTML pass of the body, its related articles, the view, JSON-LD and the Freemarker template), the
 * articles of a planned {@link SmallLibrary} in turn. Nothing is written to disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class PageBenchmark {
    private SmallLibrary library;
    private SiteBuilder builder;
    private SitePlan plan;
    private int next;

    @Setup(Level.Trial)
    public void plan() throws IOException {
        library = SmallLibrary.create();
        builder = new SiteBuilder(library.markdown);
        plan = builder.plan(library.library);
        if (plan.hasErrors()) {
            throw new IllegalStateException("the library's site has errors");
        }
    }

    @Benchmark
    public RenderedPage renderOneArticlePage() {
        return builder.renderArticle(plan, library.articles.get(next++ % library.articles.size()));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        library.delete();
    }
}
