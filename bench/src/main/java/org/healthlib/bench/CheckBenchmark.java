package org.healthlib.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code healthlib check} does with a content folder (by default the MedQuAD corpus, 5,483
 * articles): load and check every file with the checking renderer. The target is "well under
 * 10 seconds" for the whole command on a 2-core machine.
 *
 * <ul>
 * <li>{@code checkCold}: the first check in a fresh JVM with the options of {@code ./healthlib}
 * ({@code -Xmx1g}, quick compiler only), which is what an editor waits for (JVM start-up itself
 * not included); five forks, one check each.</li>
 * <li>{@code checkWarm}: the same once the code is compiled, the floor that start-up and
 * compilation add to.</li>
 * </ul>
 * The corpus is the system property {@code healthlib.corpus}, default {@code ../shared/corpora/medquad}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private LoadOptions options;

    @Setup
    public void corpus() {
        options = new LoadOptions(Workspace.corpus(), TODAY, false);
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Xmx1g", "-XX:TieredStopAtLevel=1"})
    public LoadResult checkCold() {
        return check();
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:TieredStopAtLevel=1"})
    public LoadResult checkWarm() {
        return check();
    }

    private LoadResult check() {
        LoadResult result = new ContentLoader(MarkdownRenderer.forChecking()).load(options);
        if (result.articlesRead() == 0) {
            throw new IllegalStateException(options.root() + " has no articles");
        }
        return result;
    }
}
