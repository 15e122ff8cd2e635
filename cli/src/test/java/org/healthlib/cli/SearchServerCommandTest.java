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
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.search.index.ArticleIndexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code healthlib search-server}: in-process, and as its own process stopped by SIGTERM. */
class SearchServerCommandTest {
    private static final Pattern SERVING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final long WAIT_MILLIS = 30_000;

    @TempDir
    Path dir;

    @Test
    void servesTheApiAndTheSiteLogsEachRequestAndServesANewlyPublishedIndex() throws Exception {
        Path index = publish(dir.resolve("index"), "Asthma");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<h1>Library</h1>");
        SearchServerCommand command = new SearchServerCommand();
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        AtomicInteger code = new AtomicInteger(-1);
        Thread running = new Thread(() -> code.set(line.execute("--index", index.toString(), "--site", site.toString(),
                "--port", "0", "--allow-origin", "https://health.example.org")));
        running.start();
        try {
            int port = Integer.parseInt(await(out, SERVING).group(1));
            assertThat(out.toString()).startsWith("Serving the search of 1 articles in " + index + " and the site in " + site);
            HttpClient client = HttpClient.newHttpClient();
            assertThat(get(client, port, "/api/search?q=airways").body()).contains("\"slug\":\"asthma\"");
            assertThat(get(client, port, "/").body()).isEqualTo("<h1>Library</h1>");
            HttpResponse<String> health = get(client, port, "/healthz");
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\",\"articles\":1,\"version\":1}");
            assertThat(health.headers().firstValue("content-security-policy")).isPresent();
            await(out, Pattern.compile("\"GET /healthz HTTP/1\\.1\" 200 \\d+ \\d+"));

            publish(index, "Asthma", "Gout");
            await(out, Pattern.compile(Pattern.quote("Serving the new index in " + index + ": 2 articles.")));
            assertThat(get(client, port, "/api/search?q=gout").body()).contains("\"slug\":\"gout\"");
        } finally {
            command.stopped.countDown();
            running.join(WAIT_MILLIS);
        }
        assertThat(code.get()).isZero();
    }

    @Test
    void aFolderWithoutAnIndexOrABadOriginIsAnErrorWithoutAStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine line = HealthlibCommand.commandLine();
        line.setErr(new PrintWriter(err, true));
        assertThat(line.execute("search-server", "--index", dir.resolve("none").toString(), "--port", "0")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("healthlib: error: " + dir.resolve("none").toAbsolutePath().normalize()
                + " is not a search index (run 'healthlib build' to write one)\n");

        err.getBuffer().setLength(0);
        assertThat(line.execute("search-server", "--index", dir.toString(), "--allow-origin", "health.example.org")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("healthlib: error: 'health.example.org' is not an origin "
                + "(expected https://host or https://host:port)\n");
    }

    /** SIGTERM runs the shutdown hook: the server stops gracefully and the process ends. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void sigtermStopsTheServerGracefully() throws Exception {
        Path index = publish(dir.resolve("index"), "Asthma");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "search-server", "--index", index.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            int port = Integer.parseInt(awaitLine(output, SERVING).group(1));
            assertThat(get(HttpClient.newHttpClient(), port, "/api/search?q=airways").statusCode()).isEqualTo(200);
            awaitLine(output, Pattern.compile("\"GET /api/search HTTP/1\\.1\" 200 "));
            process.destroy();
            assertThat(process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS)).as("ended after SIGTERM").isTrue();
            List<String> lines = Files.readAllLines(output);
            assertThat(lines).endsWith("Stopping: no new connections; requests in progress finish.", "Stopped.");
            assertThat(lines).noneMatch(line -> line.contains("Exception"));
        } finally {
            process.destroyForcibly();
        }
    }

    private static Path publish(Path index, String... titles) throws IOException {
        Path content = Files.createTempDirectory(index.toAbsolutePath().getParent(), "content");
        SearchCommandTest.write(content, "reviewers.yaml", "board:\n  name: Medical Editorial Board\n");
        for (String title : titles) {
            SearchCommandTest.write(content, "articles/" + title.toLowerCase() + ".md",
                    SearchCommandTest.article(title, "condition", title + " affects the airways or the joints."));
        }
        var loaded = new ContentLoader(MarkdownRenderer.forContent())
                .load(new LoadOptions(content, LocalDate.of(2025, 6, 1), false));
        assertThat(loaded.hasErrors()).isFalse();
        ArticleIndexer.writeAtomically(loaded.library(), index);
        return index;
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Matcher await(StringWriter out, Pattern pattern) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Matcher matcher = pattern.matcher(out.toString());
            if (matcher.find()) {
                return matcher;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + pattern + "' in the output:\n" + out);
    }

    private static Matcher awaitLine(Path output, Pattern pattern) throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Matcher matcher = pattern.matcher(Files.readString(output));
            if (matcher.find()) {
                return matcher;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + pattern + "' in the output:\n" + Files.readString(output));
    }
}
