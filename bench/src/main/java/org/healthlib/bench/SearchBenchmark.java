package org.healthlib.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.healthlib.core.model.Article;
import org.healthlib.search.index.ArticleIndexer;
import org.healthlib.search.query.SearchRequest;
import org.healthlib.search.query.SearchResponse;
import org.healthlib.search.query.SearchService;
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
 * A hot path of the search: one query through {@code SearchService.search} (query building,
 * synonyms, scoring, facets, snippets and spelling), without HTTP or JSON, over the index of a
 * {@link SmallLibrary} built in the setup. The queries, taken in turn, come from the library's
 * titles: a whole title, its first word, and the title with two letters swapped (a misspelling, which
 * takes the spelling correction's path). The fork runs with {@code -Dhealthlib.search.answers=0}: the
 * service keeps the answers of its latest searches, and with them this measured a lookup in memory
 * (0.04 µs) instead of a search.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2) // a search still got faster after 6 s of warm-up (2.8, 2.2, 1.9 ms)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dhealthlib.search.answers=0"})
public class SearchBenchmark {
    private SmallLibrary library;
    private SearchService search;
    private List<String> queries;
    private int next;

    @Setup(Level.Trial)
    public void index() throws IOException {
        library = SmallLibrary.create();
        ArticleIndexer.writeAtomically(library.library, library.workspace.resolve("index"));
        search = SearchService.open(library.workspace.resolve("index"));
        queries = queries(library.articles);
    }

    static List<String> queries(List<Article> articles) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < articles.size(); i += 10) {
            String title = articles.get(i).title().toLowerCase(Locale.ROOT);
            queries.add(title);
            queries.add(title.split(" ")[0]);
            queries.add(title.length() > 4 ? title.substring(0, 2) + title.charAt(3) + title.charAt(2) + title.substring(4) : title);
        }
        return List.copyOf(queries);
    }

    @Benchmark
    public SearchResponse searchOneQuery() throws IOException {
        return search.search(SearchRequest.of(queries.get(next++ % queries.size())));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        search.close();
        library.delete();
    }
}
