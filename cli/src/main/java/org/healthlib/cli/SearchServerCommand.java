package org.healthlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.healthlib.search.http.SearchServer;
import org.healthlib.search.http.ServerOptions;
import org.healthlib.search.query.IndexFollower;
import org.healthlib.search.query.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code healthlib search-server}: the search API of a published index for production, and the
 * site's files when asked. Read-only: it never builds; each index published into the folder is
 * served within a second, without a restart. One access-log line per request goes to stdout.
 * SIGTERM (or Ctrl-C) stops it gracefully: no new connections, requests in progress finish.
 */
@Command(name = "search-server", mixinStandardHelpOptions = true,
        description = "Serve the search API of a published index (and optionally the site) in production: "
                + "a new index published into the folder is served without a restart.")
final class SearchServerCommand implements Callable<Integer> {
    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);
    private static final long FINISH_SECONDS = 15;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "target/search-index",
            description = "Index folder written by 'healthlib build', or a symbolic link to one (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = CacheFolder.DEFAULT,
            description = "Folder for the embedding model's native files, when the index has vectors "
                    + "(default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--site", paramLabel = "DIR", description = "Also serve the built site from this folder.")
    Path site;

    @Mixin
    ListenOptions listen;

    @Option(names = "--allow-origin", paramLabel = "URL",
            description = "Origin of a site hosted elsewhere whose pages may call the API (CORS), e.g. https://health.example.org.")
    String allowOrigin;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "20",
            description = "API requests per second per client, 0 for no limit (default: ${DEFAULT-VALUE}).")
    double rateLimit;

    @Option(names = "--burst", paramLabel = "N", defaultValue = "40",
            description = "API requests a client may make at once after a quiet spell (default: ${DEFAULT-VALUE}).")
    int burst;

    @Option(names = "--forwarded",
            description = "Take the client's address from the proxy's X-Forwarded-For header "
                    + "(only when nothing but the proxy can reach this server).")
    boolean forwarded;

    @Spec
    CommandSpec spec;

    /** Released to stop serving (tests); SIGTERM and Ctrl-C stop through the shutdown hook. */
    final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    @Override
    @SuppressWarnings("try") // the follower works on its own thread until closed
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        ServerOptions options = options(stdout);
        try (SearchService search = SearchService.open(index, Optional.of(CacheFolder.in(cache).embedder()));
             SearchServer server = SearchServer.start(search, options);
             IndexFollower follower = IndexFollower.start(search, index, LOOK_EVERY, line -> print(stdout, line))) {
            Thread hook = new Thread(() -> stopGracefully(server, stdout), "healthlib-search-server-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            print(stdout, "Serving the search of " + search.articleCount() + " articles in " + index
                    + (site == null ? "" : " and the site in " + site) + " on " + server.uri());
            stopped.await();
            removeHook(hook);
        } finally {
            finished.countDown();
        }
        return 0;
    }

    private ServerOptions options(PrintWriter stdout) {
        ServerOptions options = ServerOptions.api(listen.host, listen.port).withRateLimit(rateLimit, burst).withForwarded(forwarded)
                .withAccessLog(line -> print(stdout, line));
        if (site != null) {
            options = options.withSite(site);
        }
        return allowOrigin == null ? options : options.withAllowOrigin(allowOrigin);
    }

    /** Lets requests in progress finish, then lets {@link #call()} close the index before the JVM exits. */
    private void stopGracefully(SearchServer server, PrintWriter stdout) {
        print(stdout, "Stopping: no new connections; requests in progress finish.");
        server.stop();
        stopped.countDown();
        try {
            finished.await(FINISH_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        print(stdout, "Stopped.");
    }

    private static void print(PrintWriter stdout, String line) {
        synchronized (stdout) {
            stdout.println(line);
            stdout.flush();
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
