package org.healthlib.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeepAliveConnectionTest {
    private static final byte[] BODY = "{\"hits\":[]}".repeat(2_000).getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fixed", exchange -> answer(exchange, 200, BODY.length));
        server.createContext("/chunked", exchange -> answer(exchange, 200, 0)); // 0: chunks
        server.createContext("/missing", exchange -> answer(exchange, 404, BODY.length));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange, int status, long length) throws IOException {
        // the client's port tells which connection the request came on
        requests.add(exchange.getRequestURI() + " from " + exchange.getRemoteAddress().getPort());
        exchange.sendResponseHeaders(status, length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(BODY);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsWholeAnswersOfEitherKindOnOneConnection() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(base, 5_000)) {
            assertThat(connection.get("/fixed?q=flu")).isEqualTo(200);
            assertThat(connection.get("/chunked?q=flu")).isEqualTo(200);
            assertThat(connection.get("/missing")).isEqualTo(404);
            assertThat(connection.get("/fixed?q=gout")).isEqualTo(200);
        }

        assertThat(requests).hasSize(4);
        assertThat(requests.get(0)).startsWith("/fixed?q=flu from ");
        assertThat(requests.get(3)).startsWith("/fixed?q=gout from ");
        String port = requests.get(0).substring(requests.get(0).lastIndexOf(' '));
        assertThat(requests).allSatisfy(request -> assertThat(request).endsWith(port));
    }

    @Test
    void opensANewConnectionWhenTheServerClosedTheLast() throws IOException {
        server.createContext("/last", exchange -> {
            exchange.getResponseHeaders().set("Connection", "close");
            answer(exchange, 200, BODY.length);
        });
        try (KeepAliveConnection connection = new KeepAliveConnection(base, 5_000)) {
            assertThat(connection.get("/last")).isEqualTo(200);
            assertThat(connection.get("/fixed")).isEqualTo(200);
        }

        assertThat(requests).hasSize(2);
        String first = requests.get(0).substring(requests.get(0).lastIndexOf(' '));
        assertThat(requests.get(1)).startsWith("/fixed from ").doesNotEndWith(first);
    }

    @Test
    void aServerThatIsGoneIsAnError() {
        server.stop(0);
        try (KeepAliveConnection connection = new KeepAliveConnection(base, 5_000)) {
            assertThatThrownBy(() -> connection.get("/fixed")).isInstanceOf(IOException.class);
        }
    }
}
