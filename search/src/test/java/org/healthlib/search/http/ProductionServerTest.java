package org.healthlib.search.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.healthlib.search.query.SearchService;
import org.healthlib.search.testing.FixtureArticles;
import org.healthlib.search.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server as {@code healthlib search-server} runs it: the site and the API behind security
 * headers, CORS for one origin, an access log; no {@code /api/version}.
 */
class ProductionServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String SITE_ORIGIN = "https://health.example.org";
    private static final String SECRET = "not for readers";
    private static final List<String> LOG = new CopyOnWriteArrayList<>();

    @TempDir
    static Path dir;
    static SearchService search;
    static SearchServer server;

    @BeforeAll
    static void start() throws IOException {
        search = TestIndexes.open(dir, FixtureArticles.all());
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<h1>Home</h1>");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/search.js"), "'use strict';");
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(site.resolve("linked.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("linked"), dir);
        server = SearchServer.start(search, ServerOptions.api("127.0.0.1", 0).withSite(site)
                .withAllowOrigin(SITE_ORIGIN + "/").withAccessLog(LOG::add));
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        search.close();
    }

    static HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/assets/search.js", "/api/search?q=heart", "/api/search?page=0",
        "/api/nothing", "/no/such/page", "/healthz", "/../../etc/passwd"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.headers().firstValue("content-security-policy"))
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("content-security-policy").orElseThrow())
                .contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("referrer-policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("x-frame-options")).hasValue("DENY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt",
        "/assets/%2e%2e%2f%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/linked.txt", "/linked/secret.txt",
        "/api/../../secret.txt"})
    void nothingOutsideTheSiteFolderIsServed(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.body()).doesNotContain(SECRET);
    }

    @Test
    void aUriOverTheLimitIsRefusedWithTheHeaders() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + "a".repeat(70 * 1024));
        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.headers().firstValue("content-security-policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void healthzReportsTheServedIndex() throws Exception {
        HttpResponse<String> response = get("/healthz");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("articles").asInt()).isEqualTo(search.articleCount()).isPositive();
        assertThat(body.get("version").asLong()).isEqualTo(search.version());
    }

    @Test
    void theVersionLongPollIsForPreviewsOnly() throws Exception {
        HttpResponse<String> response = get("/api/version");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"no such API: /api/version\"}");
    }

    @Test
    void theAllowedOriginMayReadTheApiAndNoOtherMay() throws Exception {
        HttpResponse<String> allowed = get("/api/search?q=heart", "Origin", SITE_ORIGIN);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("access-control-allow-origin")).hasValue(SITE_ORIGIN);
        assertThat(allowed.headers().firstValue("access-control-allow-credentials")).isEmpty();

        HttpResponse<String> other = get("/api/search?q=heart", "Origin", "https://evil.example.com");
        assertThat(other.headers().firstValue("access-control-allow-origin")).isEmpty();
        assertThat(get("/api/search?q=heart").headers().firstValue("access-control-allow-origin")).isEmpty();
    }

    @Test
    void aPreflightOfTheAllowedOriginIsAnsweredForGetOnly() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=x"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", SITE_ORIGIN).header("Access-Control-Request-Method", "GET").build();
        // A client of its own: a connection the shared client keeps from an earlier test may have been
        // closed by the server, and an OPTIONS request is not sent again on a fresh one.
        HttpResponse<String> response = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(200, 204);
        assertThat(response.headers().firstValue("access-control-allow-origin")).hasValue(SITE_ORIGIN);
        assertThat(response.headers().firstValue("access-control-allow-methods").orElseThrow())
                .contains("GET").doesNotContain("POST").doesNotContain("DELETE");
    }

    @Test
    void eachRequestIsLoggedOnOneLineWithoutTheReadersQuery() throws Exception {
        get("/api/search?q=private%20worry&size=2");
        String line = awaitLogLine("/api/search ");
        assertThat(line).matches("127\\.0\\.0\\.1 - - \\[[^]]+] \"GET /api/search HTTP/1\\.1\" 200 \\d+ \\d+");
        assertThat(LOG).noneMatch(logged -> logged.contains("private") || logged.contains("worry"));
    }

    private static String awaitLogLine(String part) throws InterruptedException {
        // The line is written after the response is sent: wait for it, a few seconds at most.
        for (int i = 0; i < 200; i++) {
            for (String line : LOG) {
                if (line.contains(part)) {
                    return line;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no access log line with '" + part + "' in " + LOG);
    }

    @Test
    void anOriginThatIsNotOneIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerOptions.api("127.0.0.1", 0)
                        .withAllowOrigin("https://health.example.org/search/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'https://health.example.org/search/' is not an origin: leave out the path "
                        + "(expected https://health.example.org)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerOptions.api("127.0.0.1", 0)
                        .withAllowOrigin("*"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an origin");
    }
}
