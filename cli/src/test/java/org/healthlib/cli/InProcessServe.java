package org.healthlib.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code healthlib serve} run in this JVM on a free port, as {@link ServeCommandTest} runs it, for
 * the tests of other packages (the browser tests); and {@code healthlib build} the same way.
 */
public final class InProcessServe implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("Serving (http://127\\.0\\.0\\.1:\\d+/)");
    private static final Duration START = Duration.ofSeconds(60);

    private final ServeCommand serve;
    private final Thread running;
    private final StringWriter out;
    private final URI uri;

    private InProcessServe(ServeCommand serve, Thread running, StringWriter out, URI uri) {
        this.serve = serve;
        this.running = running;
        this.out = out;
        this.uri = uri;
    }

    /** Serves {@code content}, writing the site and index under {@code work}, once the first build is served. */
    public static InProcessServe start(Path content, Path work, String today) throws InterruptedException {
        ServeCommand serve = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(serve);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        AtomicInteger code = new AtomicInteger(-1);
        Thread running = new Thread(() -> code.set(line.execute("--content", content.toString(),
                "--out", work.resolve("site").toString(), "--index", work.resolve("index").toString(),
                "--port", "0", "--today", today)), "healthlib-serve-test");
        running.start();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && running.isAlive()) {
            Matcher serving = SERVING.matcher(out.toString());
            if (serving.find()) {
                return new InProcessServe(serve, running, out, URI.create(serving.group(1)));
            }
            Thread.sleep(50);
        }
        serve.stopped.countDown();
        throw new IllegalStateException("serve did not start (exit " + code.get() + "):\n" + out);
    }

    /** Builds {@code content} as {@code healthlib build} does; the site is {@code work/site}. */
    public static Path build(Path content, Path work, String today) {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new BuildCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        int code = line.execute("--content", content.toString(), "--out", work.resolve("site").toString(),
                "--index", work.resolve("index").toString(), "--today", today);
        if (code != 0) {
            throw new IllegalStateException("build failed (exit " + code + "):\n" + out);
        }
        return work.resolve("site");
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI uri() {
        return uri;
    }

    /** What serve has printed so far. */
    public String output() {
        return out.toString();
    }

    @Override
    public void close() {
        serve.stopped.countDown();
        try {
            running.join(START.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
