package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code healthlib serve} in-process: builds, serves the site and the API, and rebuilds on a content change. */
class ServeCommandTest {
    private static final Pattern SERVING = Pattern.compile("Serving http://127\\.0\\.0\\.1:(\\d+)/");
    private static final long WAIT_MILLIS = 60_000;

    @TempDir
    Path dir;

    @Test
    void servesTheSiteAndTheSearchApiAndRebuildsOnChange() throws Exception {
        Path content = dir.resolve("content");
        SearchCommandTest.write(content, "reviewers.yaml", "board:\n  name: Medical Editorial Board\n");
        SearchCommandTest.write(content, "articles/asthma.md", SearchCommandTest.article("Asthma", "condition", "Asthma narrows the airways."));
        ServeCommand serve = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(serve);
        line.setOut(new PrintWriter(out, true));
        AtomicInteger code = new AtomicInteger(-1);
        Thread running = new Thread(() -> code.set(line.execute("--content", content.toString(),
                "--out", dir.resolve("site").toString(), "--index", dir.resolve("index").toString(),
                "--port", "0", "--today", "2025-06-01")));
        running.start();
        try {
            int port = Integer.parseInt(await(out, SERVING).group(1));
            HttpClient client = HttpClient.newHttpClient();
            assertThat(get(client, port, "/articles/asthma/").statusCode()).isEqualTo(200);
            assertThat(get(client, port, "/api/search?q=airways").body()).contains("\"slug\":\"asthma\"");
            assertThat(get(client, port, "/api/search?q=x&page=0").statusCode()).isEqualTo(400);

            SearchCommandTest.write(content, "articles/gout.md", SearchCommandTest.article("Gout", "condition", "Gout is a painful arthritis."));
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            while (!get(client, port, "/api/search?q=gout").body().contains("\"slug\":\"gout\"")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(get(client, port, "/api/search?q=gout").body()).contains("\"slug\":\"gout\"");
            assertThat(get(client, port, "/articles/gout/").statusCode()).isEqualTo(200);
        } finally {
            serve.stopped.countDown();
            running.join(WAIT_MILLIS);
        }
        assertThat(code.get()).isZero();
        assertThat(out.toString()).contains("Changed: articles/gout.md; rebuilding...");
    }

    @Test
    void anEditOfOneArticlesTextOrFrontMatterRebuildsThePagesThatShowItAlone() throws Exception {
        Path content = dir.resolve("content");
        // Words only: by meaning, "airways" would still find Asthma after the word left its body.
        SearchCommandTest.write(content, "site.yaml", "search:\n  semantic: false\n");
        SearchCommandTest.write(content, "reviewers.yaml", "board:\n  name: Medical Editorial Board\n");
        SearchCommandTest.write(content, "articles/asthma.md", SearchCommandTest.article("Asthma", "condition", "Asthma narrows the airways."));
        SearchCommandTest.write(content, "articles/gout.md", SearchCommandTest.article("Gout", "condition", "Gout is a painful arthritis."));
        ServeCommand serve = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(serve);
        line.setOut(new PrintWriter(out, true));
        Thread running = new Thread(() -> line.execute("--content", content.toString(),
                "--out", dir.resolve("site").toString(), "--index", dir.resolve("index").toString(),
                "--port", "0", "--today", "2025-06-01"));
        running.start();
        try {
            int port = Integer.parseInt(await(out, SERVING).group(1));
            HttpClient client = HttpClient.newHttpClient();
            String gout = get(client, port, "/articles/gout/").body();

            SearchCommandTest.write(content, "articles/asthma.md", SearchCommandTest.article("Asthma", "condition", "Asthma narrows the bronchioles."));
            await(out, Pattern.compile("Rebuilt articles/asthma\\.md\\."));
            assertThat(get(client, port, "/articles/asthma/").body()).contains("bronchioles").doesNotContain("airways");
            assertThat(get(client, port, "/api/search?q=bronchioles").body()).contains("\"slug\":\"asthma\"");
            assertThat(get(client, port, "/api/search?q=airways").body()).doesNotContain("\"slug\":\"asthma\"");
            assertThat(get(client, port, "/api/search?q=gout").body()).contains("\"slug\":\"gout\"");
            assertThat(get(client, port, "/articles/gout/").body()).isEqualTo(gout);
            assertThat(out.toString()).containsOnlyOnce("Built 2 articles");

            // Saved the way many editors save: a hidden temporary file renamed over the article.
            SearchCommandTest.write(content, "articles/.asthma.md.tmp", SearchCommandTest.article("Asthma", "condition", "Asthma narrows the small airways."));
            Files.move(content.resolve("articles/.asthma.md.tmp"), content.resolve("articles/asthma.md"),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            // The page is written before the search document is replaced: wait for both.
            while (!(get(client, port, "/articles/asthma/").body().contains("small airways")
                    && get(client, port, "/api/search?q=small%20airways").body().contains("\"slug\":\"asthma\""))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(get(client, port, "/articles/asthma/").body()).as(out.toString()).contains("small airways");
            assertThat(get(client, port, "/api/search?q=small%20airways").body()).contains("\"slug\":\"asthma\"");
            assertThat(out.toString()).containsOnlyOnce("Built 2 articles");

            // A text edit with an error (a broken link) is reported and not published, as in a build.
            SearchCommandTest.write(content, "articles/asthma.md", SearchCommandTest.article("Asthma", "condition",
                    "Asthma narrows the bronchioles. See [wheezing](no-such-article.md)."));
            await(out, Pattern.compile(Pattern.quote("articles/asthma.md:11:37: error: broken link 'no-such-article.md': "
                    + "no article or page is written in that file")));
            await(out, Pattern.compile("Rebuild failed; still serving the previous build\\."));
            assertThat(get(client, port, "/articles/asthma/").body()).contains("small airways").doesNotContain("wheezing");
            // The open pages are told why, with the file, line and column.
            assertThat(awaitBody(client, port, "/api/version", "\"problems\":[{"))
                    .contains("\"problems\":[{\"file\":\"articles/asthma.md\",\"line\":11,\"column\":37,"
                            + "\"message\":\"broken link 'no-such-article.md'");

            SearchCommandTest.write(content, "articles/asthma.md", SearchCommandTest.article("Adult asthma", "condition", "Asthma narrows the bronchioles."));
            await(out, Pattern.compile("(?s)Rebuild failed; still serving the previous build\\..*Rebuilt articles/asthma\\.md\\."));
            assertThat(get(client, port, "/a-z/").body()).contains("Adult asthma");
            assertThat(out.toString()).containsOnlyOnce("Built 2 articles");
            assertThat(awaitBody(client, port, "/api/version", "\"problems\":[]")).contains("\"problems\":[]");
        } finally {
            serve.stopped.countDown();
            running.join(WAIT_MILLIS);
        }
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The body at {@code path} once it contains {@code text}, or as it is after the wait. */
    private static String awaitBody(HttpClient client, int port, String path, String text) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        String body = get(client, port, path).body();
        while (!body.contains(text) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            body = get(client, port, path).body();
        }
        return body;
    }

    private static Matcher await(StringWriter out, Pattern pattern) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Matcher matcher = pattern.matcher(out.toString());
            if (matcher.find()) {
                return matcher;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not start; output:\n" + out);
    }
}
