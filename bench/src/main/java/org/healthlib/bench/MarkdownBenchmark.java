package org.healthlib.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.healthlib.core.markdown.RenderedBody;
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
 * A hot path of the build: one article's body from Markdown to what the site needs of it (core's
 * {@code MarkdownRenderer.render}: HTML, plain text, headings, links, reading level), the articles of
 * a {@link SmallLibrary} in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class MarkdownBenchmark {
    private SmallLibrary library;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        library = SmallLibrary.create();
    }

    @Benchmark
    public RenderedBody renderOneArticle() {
        int i = next++ % library.bodies.size();
        return library.markdown.render(library.bodies.get(i), 1);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        library.delete();
    }
}
