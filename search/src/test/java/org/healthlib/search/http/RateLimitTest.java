package org.healthlib.search.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.healthlib.search.query.SearchService;
import org.healthlib.search.testing.FixtureArticles;
import org.healthlib.search.testing.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void aClientGetsItsBurstThenOneRequestPerTokenRefilled() {
        AtomicLong clock = new AtomicLong(5 * SECOND);
        RateLimiter limiter = new RateLimiter(new RateLimit(2, 3), clock::get);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("203.0.113.9")).isEmpty();
        }
        assertThat(limiter.acquire("203.0.113.9")).hasValue(1);
        assertThat(limiter.acquire("198.51.100.7")).as("another client has its own bucket").isEmpty();
        clock.addAndGet(SECOND / 2);
        assertThat(limiter.acquire("203.0.113.9")).isEmpty();
        assertThat(limiter.acquire("203.0.113.9")).isPresent();
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextToken() {
        AtomicLong clock = new AtomicLong();
        RateLimiter limiter = new RateLimiter(new RateLimit(0.2, 1), clock::get);
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(5));
        clock.addAndGet(2 * SECOND + 1);
        assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(3));
    }

    @Test
    void idleClientsAreForgottenWhenManyAreTracked() {
        AtomicLong clock = new AtomicLong();
        RateLimiter limiter = new RateLimiter(new RateLimit(10, 1), clock::get);
        for (int i = 0; i <= RateLimiter.SWEEP_ABOVE; i++) {
            limiter.acquire("client-" + i);
        }
        assertThat(limiter.clients()).isEqualTo(RateLimiter.SWEEP_ABOVE + 1);
        clock.addAndGet(SECOND / 2);
        limiter.acquire("a client within the second");
        assertThat(limiter.clients()).as("no sweep twice within a second").isEqualTo(RateLimiter.SWEEP_ABOVE + 2);
        clock.addAndGet(SECOND / 2);
        limiter.acquire("one more");
        assertThat(limiter.clients()).isEqualTo(1);
    }

    @Test
    void offLetsEverythingThrough() {
        RateLimiter limiter = new RateLimiter(RateLimit.OFF, () -> 0);
        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.acquire("a")).isEmpty();
        }
        assertThatThrownBy(() -> new RateLimit(5, 0)).hasMessageContaining("a burst of at least 1");
        assertThatThrownBy(() -> new RateLimit(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overTheLimitTheApiAnswers429WithRetryAfterAndTheSiteAndHealthCheckStillAnswer() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<h1>Home</h1>");
        HttpClient client = HttpClient.newHttpClient();
        try (SearchService search = TestIndexes.open(dir, FixtureArticles.all());
             SearchServer server = SearchServer.start(search,
                     ServerOptions.api("127.0.0.1", 0).withSite(site).withRateLimit(0.01, 3))) {
            for (int i = 0; i < 3; i++) {
                assertThat(get(client, server, "/api/search?q=heart", "198.51.100.1").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> limited = get(client, server, "/api/suggest?q=hea", "198.51.100.1");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("retry-after")).hasValue("100");
            assertThat(limited.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
            assertThat(limited.headers().firstValue("content-security-policy")).isPresent();
            assertThat(limited.body()).isEqualTo("{\"error\":\"too many requests; try again in 100 s\"}");
            assertThat(get(client, server, "/", "198.51.100.1").statusCode()).isEqualTo(200);
            assertThat(get(client, server, "/healthz", "198.51.100.1").statusCode()).isEqualTo(200);
            assertThat(get(client, server, "/api/search?q=heart", "198.51.100.2").statusCode())
                    .as("X-Forwarded-For is not trusted unless asked: every request is from 127.0.0.1")
                    .isEqualTo(429);
        }
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnLimit() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (SearchService search = TestIndexes.open(dir, FixtureArticles.all());
             SearchServer server = SearchServer.start(search,
                     ServerOptions.api("127.0.0.1", 0).withRateLimit(0.01, 2).withForwarded(true))) {
            assertThat(get(client, server, "/api/search?q=heart", "198.51.100.1").statusCode()).isEqualTo(200);
            assertThat(get(client, server, "/api/search?q=heart", "198.51.100.1").statusCode()).isEqualTo(200);
            assertThat(get(client, server, "/api/search?q=heart", "198.51.100.1").statusCode()).isEqualTo(429);
            assertThat(get(client, server, "/api/search?q=heart", "198.51.100.2").statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(HttpClient client, SearchServer server, String path, String forwardedFor)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("X-Forwarded-For", forwardedFor).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
