package org.healthlib.search.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthlib.core.model.Article;
import org.healthlib.core.testing.Articles;
import org.healthlib.core.model.Synonyms;
import org.healthlib.search.index.ArticleIndexer;
import org.healthlib.search.query.SearchService;
import org.healthlib.search.testing.FixtureArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt index replaces the served one while requests run, and none of them fails. */
class IndexSwapTest {
    private static final int REBUILDS = 5;
    private static final int CLIENTS = 2;
    private static final int MAX_REQUESTS_PER_CLIENT = 2_000;

    @TempDir
    Path dir;

    @Test
    void rebuildingWhileServingFailsNoRequest() throws Exception {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(FixtureArticles.all(), Synonyms.none(), index);
        HttpClient client = HttpClient.newHttpClient();
        try (SearchService search = SearchService.open(index);
             SearchServer server = SearchServer.start(search, Files.createDirectories(dir.resolve("site")), "127.0.0.1", 0)) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=heart");
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger requests = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && running.get(); i++) {
                        try {
                            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            requests.incrementAndGet();
                            if (response.statusCode() != 200 || !response.body().contains("\"hits\":[{")) {
                                failures.add(response.statusCode() + " " + response.body());
                            }
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                });
                thread.start();
                clients.add(thread);
            }
            for (int rebuild = 1; rebuild <= REBUILDS; rebuild++) {
                List<Article> articles = new ArrayList<>(FixtureArticles.all());
                articles.add(Articles.anArticle().slug("heart-" + rebuild).title("Heart note " + rebuild).build());
                ArticleIndexer.writeAtomically(articles, Synonyms.none(), index);
                search.reload();
            }
            running.set(false);
            for (Thread thread : clients) {
                thread.join();
            }
            assertThat(failures).isEmpty();
            assertThat(requests.get()).isPositive();
            assertThat(search.search(org.healthlib.search.query.SearchRequest.of("note 5")).hits())
                    .first().extracting(hit -> hit.slug()).isEqualTo("heart-5");
        }
    }
}
