package org.healthlib.search.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.healthlib.search.query.SearchService;
import org.healthlib.search.testing.FixtureArticles;
import org.healthlib.search.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static SearchService search;
    static SearchServer server;
    static BuildStatus status = new BuildStatus();

    @BeforeAll
    static void start() throws IOException {
        search = TestIndexes.open(dir, FixtureArticles.all());
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<h1>Home</h1>");
        Files.writeString(site.resolve("404.html"), "<h1>Lost</h1>");
        server = SearchServer.start(search, status, site, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        search.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
        return CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void searchAnswersWithTheDocumentedJson() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + q("heart attack") + "&size=2");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        assertThat(response.headers().firstValue("cache-control")).hasValue("no-store");
        assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.fieldNames()).toIterable()
                .containsExactly("query", "total", "page", "hits", "facets", "suggestion");
        assertThat(body.get("query").asText()).isEqualTo("heart attack");
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("hits")).hasSize(2);
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.fieldNames()).toIterable()
                .containsExactly("slug", "title", "url", "summary", "snippet", "type", "topics", "reviewed");
        assertThat(hit.get("url").asText()).isEqualTo("/articles/heart-attack/");
        assertThat(hit.get("topics").get(0).asText()).isEqualTo("heart-health");
        assertThat(hit.get("reviewed").asText()).isEqualTo("2024-05-02");
        assertThat(body.get("facets").get("type").get("condition").asInt()).isPositive();
        assertThat(body.get("facets").has("topic")).isTrue();
        assertThat(body.get("suggestion").isNull()).isTrue();
    }

    @Test
    void searchFiltersAndSuggestsSpelling() throws Exception {
        JsonNode body = JSON.readTree(get("/api/search?q=alzhiemers&topic=healthy-aging&unknown=1").body());
        assertThat(body.get("hits").get(0).get("slug").asText()).isEqualTo("alzheimers-disease");
        assertThat(body.get("suggestion").asText()).isEqualTo("alzheimer");
        JsonNode drugs = JSON.readTree(get("/api/search?q=pain&type=drug").body());
        assertThat(drugs.get("hits")).allSatisfy(hit -> assertThat(hit.get("type").asText()).isEqualTo("drug"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=1001", "page=abc", "page=-1", "page=1.5", "page=99999999999",
        "size=0", "size=51", "size=ten", "type=disease", "type=", "topic=Heart%20Health"})
    void badParametersGetA400WithAJsonError(String params) throws Exception {
        HttpResponse<String> response = get("/api/search?q=heart&" + params);
        if (params.equals("type=")) {
            assertThat(response.statusCode()).isEqualTo(200);
            return;
        }
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        assertThat(JSON.readTree(response.body()).get("error").asText()).isNotBlank();
    }

    @Test
    void theErrorSaysWhatIsWrong() throws Exception {
        assertThat(JSON.readTree(get("/api/search?q=x&size=500").body()).get("error").asText())
                .isEqualTo("size must be between 1 and 50, got 500");
        assertThat(JSON.readTree(get("/api/search?q=x&page=abc").body()).get("error").asText())
                .isEqualTo("page must be a whole number, got \"abc\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "title:acne", "[a TO z]", "acne~2", "*", "\\", "AND OR NOT", "<script>alert(1)</script>"})
    void hostileQueriesAreSearchedAsText(String text) throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + q(text));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>");
    }

    @Test
    void aTenThousandCharacterQueryIsCut() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + q("acne ".repeat(2_000)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("query").asText()).hasSize(500);
    }

    @Test
    void suggestAnswersTitlesAndUrls() throws Exception {
        HttpResponse<String> response = get("/api/suggest?q=alzh");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo(
                "{\"suggestions\":[{\"title\":\"Alzheimer's disease\",\"url\":\"/articles/alzheimers-disease/\"}]}");
        assertThat(get("/api/suggest").body()).isEqualTo("{\"suggestions\":[]}");
        assertThat(get("/api/suggest?q=" + q("\"[*~")).statusCode()).isEqualTo(200);
    }

    @Test
    void versionCountsTheBuildsServedAndAnswersAWaitingPageWhenItChanges() throws Exception {
        long before = JSON.readTree(get("/api/version").body()).get("version").asLong();
        long rebuilds = JSON.readTree(get("/api/version").body()).get("rebuilds").asLong();
        assertThat(get("/api/version?after=" + (before + 7)).body()).matches("\\{\"version\":" + before + ",\"rebuilds\":"
                + rebuilds + ",\"published\":\\d{13},\"problems\":\\[]}");

        URI waiting = URI.create("http://127.0.0.1:" + server.port() + "/api/version?after=" + before);
        CompletableFuture<HttpResponse<String>> answer = CLIENT.sendAsync(HttpRequest.newBuilder(waiting).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertThat(answer).isNotDone();
        search.reload();
        HttpResponse<String> after = answer.get(10, TimeUnit.SECONDS);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("cache-control")).hasValue("no-store");
        assertThat(JSON.readTree(after.body()).get("version").asLong()).isEqualTo(before + 1);
        assertThat(get("/api/version?after=x").statusCode()).isEqualTo(400);
    }

    @Test
    void aWaitingPageIsToldTheErrorsOfAFailedRebuildAndThatTheyAreGone() throws Exception {
        JsonNode first = JSON.readTree(get("/api/version").body());
        long version = first.get("version").asLong();
        long rebuilds = first.get("rebuilds").asLong();
        URI waiting = URI.create("http://127.0.0.1:" + server.port() + "/api/version?after=" + version + "&rebuilds=" + rebuilds);
        CompletableFuture<HttpResponse<String>> answer = CLIENT.sendAsync(HttpRequest.newBuilder(waiting).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertThat(answer).isNotDone();

        status.failed(List.of(new BuildStatus.Problem("articles/asthma.md", 4, 11, "'reviewed' is not a date <b>")));
        JsonNode failed = JSON.readTree(answer.get(10, TimeUnit.SECONDS).body());
        assertThat(failed.get("version").asLong()).isEqualTo(version);
        assertThat(failed.get("rebuilds").asLong()).isEqualTo(rebuilds + 1);
        assertThat(failed.get("problems").toString()).isEqualTo("[{\"file\":\"articles/asthma.md\",\"line\":4,"
                + "\"column\":11,\"message\":\"'reviewed' is not a date <b>\"}]");

        assertThat(failed.get("published").asLong()).as("a failed rebuild publishes nothing")
                .isEqualTo(first.get("published").asLong());

        long beforeSuccess = System.currentTimeMillis();
        status.succeeded();
        JsonNode fixed = JSON.readTree(get("/api/version?after=" + version + "&rebuilds=" + (rebuilds + 1)).body());
        assertThat(fixed.get("rebuilds").asLong()).isEqualTo(rebuilds + 2);
        assertThat(fixed.get("problems")).isEmpty();
        assertThat(fixed.get("published").asLong()).isGreaterThanOrEqualTo(beforeSuccess);
    }

    @Test
    void aPageRewrittenWithinTheSameSecondIsNotAnsweredAsUnchanged() throws Exception {
        Path page = dir.resolve("site/same-second.html");
        Files.writeString(page, "<p>before</p>");
        Files.setLastModifiedTime(page, FileTime.fromMillis(1_700_000_000_100L));
        HttpResponse<String> first = get("/same-second.html");
        String etag = first.headers().firstValue("etag").orElse("\"none\"");
        String lastModified = first.headers().firstValue("last-modified").orElseThrow();

        Files.writeString(page, "<p>after!</p>");
        Files.setLastModifiedTime(page, FileTime.fromMillis(1_700_000_000_600L));
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/same-second.html");
        HttpResponse<String> reload = CLIENT.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag)
                .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reload.statusCode()).isEqualTo(200);
        assertThat(reload.body()).isEqualTo("<p>after!</p>");
    }

    @Test
    void otherApiPathsAndMethodsGetJsonErrors() throws Exception {
        HttpResponse<String> missing = get("/api/nothing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("no such API: /api/nothing");
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=x");
        HttpResponse<String> post = CLIENT.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/no/such/page", "/api/search?q=heart", "/api/version"})
    void servesPagesAndTheApiWithTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.headers().firstValue("content-security-policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("referrer-policy")).hasValue(SecurityHeaders.REFERRER_POLICY);
    }

    @Test
    void servesTheSiteAndItsNotFoundPage() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).isEqualTo("<h1>Home</h1>");
        HttpResponse<String> lost = get("/articles/none/");
        assertThat(lost.statusCode()).isEqualTo(404);
        assertThat(lost.body()).isEqualTo("<h1>Lost</h1>");
    }
}
