package org.healthlib.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.healthlib.bench.OptionPairs;

/**
 * A load generator for the search API ({@code GET /api/search?q=...}) of a running
 * {@code healthlib serve} or {@code search-server}: N clients (default 32), each on its own thread
 * of a fixed pool, send one request after another for a while (default 30 s, after a warm-up of
 * 5 s that is not counted), rotating through readers' queries ({@link ReaderQueries}). Prints the
 * throughput, the latency percentiles and the errors (a status other than 200, or no answer).
 * The target of issue 13: p99 under 20 ms at 32 clients, no errors.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.healthlib.bench.load.SearchLoadTest \
 *     --url http://127.0.0.1:8080 [--clients 32] [--seconds 30] [--warmup 5]</pre>
 *
 * The last line is the result as tab-separated values for scripts:
 * {@code load-test clients seconds requests errors requests_per_s p50_ms p90_ms p99_ms max_ms}.
 */
public final class SearchLoadTest {
    private static final String USAGE =
            "usage: SearchLoadTest --url http://HOST:PORT [--clients N] [--seconds S] [--warmup S]";
    private static final int TIMEOUT_MILLIS = 10_000;

    private final URI base;
    private final List<String> targets;

    SearchLoadTest(URI base, List<String> queries) {
        this.base = base;
        this.targets = queries.stream()
                .map(query -> "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .toList();
    }

    public static void main(String[] args) throws InterruptedException {
        OptionPairs options = OptionPairs.parseOrExit("SearchLoadTest", USAGE, args,
                Set.of("--url", "--clients", "--seconds", "--warmup"));
        URI url = options.get("--url").map(URI::create).orElse(null);
        int clients = options.get("--clients").map(Integer::parseInt).orElse(32);
        double seconds = options.get("--seconds").map(Double::parseDouble).orElse(30.0);
        double warmup = options.get("--warmup").map(Double::parseDouble).orElse(5.0);
        if (url == null || clients < 1 || seconds <= 0) {
            fail("--url is required; --clients and --seconds must be above 0");
        }
        SearchLoadTest test = new SearchLoadTest(url, ReaderQueries.ALL);
        if (warmup > 0) {
            test.run(clients, warmup);
        }
        LoadResult result = test.run(clients, seconds);
        System.out.println(result.report(url));
        System.out.println(result.tsv());
    }

    private static void fail(String message) {
        OptionPairs.exit("SearchLoadTest", USAGE, message);
    }

    /** {@code clients} threads send requests for {@code seconds}; the latencies of every answer. */
    LoadResult run(int clients, double seconds) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients, daemon());
        List<Future<ClientLog>> logs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            logs.add(pool.submit(() -> oneClient(first, end)));
        }
        List<ClientLog> done = new ArrayList<>();
        for (Future<ClientLog> log : logs) {
            try {
                done.add(log.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a client failed", e.getCause());
            }
        }
        pool.shutdown();
        return LoadResult.of(clients, (System.nanoTime() - start) / 1e9, done);
    }

    /** One client: request after request until {@code end}, starting at its own place in the query list. */
    private ClientLog oneClient(int first, long end) {
        ClientLog log = new ClientLog();
        try (KeepAliveConnection connection = new KeepAliveConnection(base, TIMEOUT_MILLIS)) {
            for (int i = first; System.nanoTime() < end; i++) {
                long sent = System.nanoTime();
                boolean ok;
                try {
                    ok = connection.get(targets.get(i % targets.size())) == 200;
                } catch (IOException | RuntimeException e) {
                    ok = false;
                }
                log.add(System.nanoTime() - sent, ok);
            }
        }
        return log;
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        };
    }
}
