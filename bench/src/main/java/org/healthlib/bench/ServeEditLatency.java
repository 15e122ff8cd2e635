package org.healthlib.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What an editor waits for under {@code healthlib serve}: the time from saving an article to the
 * first request for its page that shows the change, as a reader's browser would see it. It starts
 * {@code serve} (the command-line jar, in its own JVM) on a copy of a content folder (default
 * MedQuAD), waits for its first build, then saves one article several times, each save a new
 * edit of one kind: its text, its summary, its title. After each save it asks for the article's
 * page every 5 ms until the page shows the edit.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.healthlib.bench.ServeEditLatency \
 *     [--jar cli/target/healthlib.jar] [--corpus ../shared/corpora/medquad] [--saves 7] [--tsv FILE]
 * </pre>
 *
 * <p>Prints each save's time and the median of each kind; with {@code --tsv}, appends one line per
 * kind ({@code kind, saves, median ms, min ms, max ms}).
 */
public final class ServeEditLatency {
    private static final Duration FIRST_BUILD = Duration.ofMinutes(10);
    private static final Duration ONE_EDIT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 5;
    /** Between saves, so that each is a change of its own for the watcher. */
    private static final long QUIET_MILLIS = 1_500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI page;
    private final Path article;

    private ServeEditLatency(URI page, Path article) {
        this.page = page;
        this.article = article;
    }

    /** One kind of edit: what the i-th save writes, and the text the page then shows. */
    private record Edit(String kind, int i) {
        String marker() {
            return "Zqx" + kind + i + "edit";
        }

        /** The edit, in place of the one before it (so that a summary does not grow past its limit). */
        UnaryOperator<String> change() {
            return written -> {
                String text = written.replaceAll(" Zqx[a-z]+\\d+edit", "");
                return switch (kind) {
                    case "text" -> text.stripTrailing() + " " + marker() + ".\n";
                    // At the end, so that the title keeps its letter of the A-Z pages.
                    case "summary", "title" -> text.replaceFirst("(?m)^" + kind + ": \"([^\"]*)\"",
                            kind + ": \"$1 " + marker() + "\"");
                    default -> throw new IllegalArgumentException(kind);
                };
            };
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        Path jar = Path.of(option(arguments, "--jar", "cli/target/healthlib.jar"));
        Path corpus = Path.of(option(arguments, "--corpus", Workspace.corpus().toString()));
        int saves = Integer.parseInt(option(arguments, "--saves", "7"));
        String tsv = option(arguments, "--tsv", "");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(corpus)) {
            System.err.println("ServeEditLatency: needs " + jar + " (mvn package) and the folder " + corpus);
            System.exit(2);
        }
        Path work = Files.createTempDirectory("serve-edit-");
        Process serve = null;
        try {
            Path content = work.resolve("content");
            Workspace.copy(corpus, content);
            Path file = firstArticle(content);
            String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
            int port = freePort();
            serve = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toAbsolutePath().toString(), "serve",
                    "--content", content.toString(), "--out", work.resolve("site").toString(),
                    "--index", work.resolve("index").toString(), "--port", String.valueOf(port))
                    .redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile()).start();
            ServeEditLatency bench = new ServeEditLatency(
                    URI.create("http://127.0.0.1:" + port + "/articles/" + slug + "/"), file);
            bench.awaitFirstBuild(serve);
            List<String> lines = new ArrayList<>();
            for (String kind : List.of("text", "summary", "title")) {
                long[] millis = new long[saves];
                for (int i = 0; i < saves; i++) {
                    millis[i] = bench.save(new Edit(kind, i));
                    System.out.printf(Locale.ROOT, "%s edit %d: %d ms%n", kind, i + 1, millis[i]);
                    Thread.sleep(QUIET_MILLIS);
                }
                Arrays.sort(millis);
                long median = millis[saves / 2];
                System.out.printf(Locale.ROOT, "%s edits: median %d ms (%d-%d ms, %d saves)%n", kind, median,
                        millis[0], millis[saves - 1], saves);
                lines.add(String.join("\t", "serve-edit-" + kind, String.valueOf(saves), String.valueOf(median),
                        String.valueOf(millis[0]), String.valueOf(millis[saves - 1])));
            }
            if (!tsv.isEmpty()) {
                Files.writeString(Path.of(tsv), String.join("\n", lines) + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } finally {
            if (serve != null) {
                serve.destroy();
                serve.waitFor();
            }
            Workspace.delete(work);
        }
    }

    /** Saves the edit and returns the milliseconds until the article's page shows it. */
    private long save(Edit edit) throws IOException, InterruptedException {
        String text = Files.readString(article);
        String changed = edit.change().apply(text);
        if (changed.equals(text)) {
            throw new IllegalStateException("the " + edit.kind() + " of " + article + " cannot be edited this way");
        }
        long start = System.nanoTime();
        Files.writeString(article, changed);
        long deadline = start + ONE_EDIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (body().contains(edit.marker())) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("the page never showed the " + edit.kind() + " edit " + edit.marker());
    }

    private void awaitFirstBuild(Process serve) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + FIRST_BUILD.toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new IllegalStateException("serve stopped with exit code " + serve.exitValue());
            }
            if (!body().isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("serve did not answer within " + FIRST_BUILD);
    }

    /** The page's HTML, or "" while the server does not answer it. */
    private String body() throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The first article, in path order, whose title and summary are written in double quotes. */
    private static Path firstArticle(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file);
                if (text.contains("\ntitle: \"") && text.contains("\nsummary: \"")) {
                    return file;
                }
            }
        }
        throw new IllegalStateException("no article with a quoted title and summary in " + content);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String option(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : fallback;
    }
}
