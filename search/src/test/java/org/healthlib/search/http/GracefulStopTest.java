package org.healthlib.search.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.healthlib.search.query.SearchService;
import org.healthlib.search.testing.FixtureArticles;
import org.healthlib.search.testing.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop (what SIGTERM does through the command's shutdown hook) refuses new connections at once
 * and lets a request in progress finish with its answer.
 */
class GracefulStopTest {
    private static final long WAIT_MILLIS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aRequestInProgressFinishesWhileNewConnectionsAreRefused() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (SearchService search = TestIndexes.open(dir, FixtureArticles.all());
             SearchServer server = SearchServer.start(search, Files.createDirectories(dir.resolve("site")), "127.0.0.1", 0)) {
            int port = server.port();
            // A preview's long poll: held by the server until the version changes.
            URI poll = URI.create("http://127.0.0.1:" + port + "/api/version?after=" + search.version());
            CompletableFuture<HttpResponse<String>> inProgress =
                    client.sendAsync(HttpRequest.newBuilder(poll).build(), HttpResponse.BodyHandlers.ofString());
            await(() -> server.requestsInProgress() == 1, "the long poll to arrive");

            Thread stopping = new Thread(server::stop, "stopping");
            stopping.start();
            await(() -> !accepts(port), "the server to refuse new connections");
            assertThat(inProgress).isNotDone();

            search.reload();
            HttpResponse<String> answer = inProgress.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).startsWith("{\"version\":2,\"rebuilds\":0,\"published\":").endsWith(",\"problems\":[]}");
            stopping.join(WAIT_MILLIS);
            assertThat(stopping.isAlive()).isFalse();
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited " + WAIT_MILLIS + " ms for " + what);
            }
            Thread.sleep(10);
        }
    }
}
