package org.healthlib.search.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.Synonyms;
import org.healthlib.core.testing.Articles;
import org.healthlib.search.index.ArticleIndexer;
import org.healthlib.search.query.IndexFollower;
import org.healthlib.search.query.SearchService;
import org.healthlib.search.testing.FixtureArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * search-server as deployed, for a few seconds: clients search and ask for suggestions without
 * pause while a new index is published into the served folder several times. Every request
 * succeeds, every index is served without a restart, and afterwards the only index files open
 * are the current index's and the server's threads are gone.
 */
class SearchServerSoakTest {
    private static final int PUBLISHES = 6;
    private static final int CLIENTS = 4;
    private static final Duration LOOK_EVERY = Duration.ofMillis(50);
    /** Upper bound on any wait; the test takes a few seconds. */
    private static final long WAIT_MILLIS = 20_000;
    private static final Path OPEN_FILES = Path.of("/proc/self/fd");
    private static final Path MAPPED_FILES = Path.of("/proc/self/maps");

    @TempDir
    Path dir;

    @Test
    void publishingWhileClientsSearchFailsNoRequestAndLeaksNoFileOrThread() throws Exception {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(FixtureArticles.all(), Synonyms.none(), index);
        Set<Thread> threadsBefore = Set.copyOf(Thread.getAllStackTraces().keySet());
        HttpClient client = HttpClient.newHttpClient();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger requests = new AtomicInteger();
        try (SearchService search = SearchService.open(index);
             SearchServer server = SearchServer.start(search, ServerOptions.api("127.0.0.1", 0));
             IndexFollower follower = IndexFollower.start(search, index, LOOK_EVERY, line -> { })) {
            String base = "http://127.0.0.1:" + server.port();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String path = c % 2 == 0 ? "/api/search?q=heart" : "/api/suggest?q=hea";
                Thread thread = new Thread(() -> {
                    while (running.get()) {
                        requests.incrementAndGet();
                        try {
                            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200 || !response.body().contains("\"title\":\"Heart attack\"")) {
                                failures.add(response.statusCode() + " " + response.body());
                            }
                        } catch (IOException | InterruptedException e) {
                            failures.add(e.toString());
                        }
                    }
                }, "soak-client-" + c);
                thread.start();
                clients.add(thread);
            }
            for (int publish = 1; publish <= PUBLISHES; publish++) {
                ArticleIndexer.writeAtomically(withNote(publish), Synonyms.none(), index);
                awaitServed(client, base, "soak-" + publish);
            }
            running.set(false);
            for (Thread thread : clients) {
                thread.join(WAIT_MILLIS);
            }
            assertThat(failures).as("failed requests of %s", requests.get()).isEmpty();
            assertThat(requests.get()).isGreaterThan(CLIENTS * PUBLISHES);
            assertOnlyTheCurrentIndexIsOpen(index);
        }
        awaitNoNewThreads(threadsBefore);
    }

    private static List<Article> withNote(int publish) {
        List<Article> articles = new ArrayList<>(FixtureArticles.all());
        articles.add(Articles.anArticle().slug("soak-" + publish).title("Soak note " + publish).build());
        return articles;
    }

    /** Waits until the API finds the article of the latest publish (so the follower reloaded). */
    private static void awaitServed(HttpClient client, String base, String slug) throws Exception {
        URI uri = URI.create(base + "/api/search?q=soak+note+" + slug.substring(slug.indexOf('-') + 1));
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            String body = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"slug\":\"" + slug + "\"")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the index with " + slug + " was not served within " + WAIT_MILLIS + " ms");
    }

    /**
     * The index files this process holds, as open descriptors or memory maps (Lucene maps its
     * files and closes their descriptors), are all in the current index folder: none is in a
     * replaced one (deleted, or renamed aside). Skipped where /proc is not there to say.
     */
    private static void assertOnlyTheCurrentIndexIsOpen(Path index) throws IOException {
        if (!Files.isDirectory(OPEN_FILES) || !Files.isReadable(MAPPED_FILES)) {
            return;
        }
        String parent = index.getParent().toRealPath().toString();
        Set<String> open = Stream.concat(descriptors(), maps()).filter(file -> file.startsWith(parent))
                .collect(Collectors.toSet());
        String current = index.toRealPath() + "/";
        assertThat(open).as("index files open").isNotEmpty()
                .allMatch(file -> file.startsWith(current) && !file.endsWith("(deleted)"),
                        "in the current index " + current);
    }

    private static Stream<String> descriptors() throws IOException {
        List<String> targets = new ArrayList<>();
        try (Stream<Path> fds = Files.list(OPEN_FILES)) {
            for (Path fd : fds.toList()) {
                try {
                    targets.add(Files.readSymbolicLink(fd).toString());
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed between listing and reading it
                }
            }
        }
        return targets.stream();
    }

    private static Stream<String> maps() throws IOException {
        return Files.readAllLines(MAPPED_FILES).stream()
                .map(line -> line.split("\\s+", 6))
                .filter(fields -> fields.length == 6)
                .map(fields -> fields[5]);
    }

    /** The server's and the follower's threads end when they are closed (the JDK's HTTP client keeps its own). */
    private static void awaitNoNewThreads(Set<Thread> before) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        List<String> extra = newThreads(before);
        while (!extra.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            extra = newThreads(before);
        }
        assertThat(extra).as("threads left running").isEmpty();
    }

    private static List<String> newThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !before.contains(thread))
                .map(Thread::getName)
                .filter(name -> !name.startsWith("HttpClient-"))
                .sorted().toList();
    }
}
