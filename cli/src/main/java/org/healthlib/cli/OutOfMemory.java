package org.healthlib.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * What a command that ran out of heap tells its user: one line saying how many articles it was
 * building, with how much heap, and what to set, never a stack trace. The line is printed once,
 * whichever thread ran out first: the command's own ({@link Main}) or one of its workers (as the
 * default uncaught-exception handler, which then stops the program: a build that lost a worker
 * cannot finish). Nothing is published: the site and the index are swapped in only at the end.
 */
final class OutOfMemory implements Thread.UncaughtExceptionHandler {
    static final int EXIT_CODE = 1;
    private static final long MB = 1024 * 1024;

    /** Memory set aside at the start and let go when the heap runs out, so that the line can be made. */
    private static final int RESERVE_BYTES = 4 * 1024 * 1024;

    private final CommandLine line;
    private final PrintStream err;
    private final AtomicBoolean reported = new AtomicBoolean();
    /** The line without the article count, made in advance: printed when even the reserve is not enough. */
    private final String fallback;
    private volatile byte[] reserve = new byte[RESERVE_BYTES];

    OutOfMemory(CommandLine line, PrintStream err) {
        this.line = line;
        this.err = err;
        this.fallback = message(Optional.empty(), Runtime.getRuntime().maxMemory());
    }

    /** Prints the line (once) and returns the exit code. */
    int report() {
        if (reported.compareAndSet(false, true)) {
            reserve = null;
            String shown;
            try {
                shown = message(contentFolder().flatMap(OutOfMemory::articleCount), Runtime.getRuntime().maxMemory());
            } catch (OutOfMemoryError e) {
                shown = fallback;
            }
            err.println(shown);
            err.flush();
        }
        return EXIT_CODE;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable thrown) {
        if (causedByOutOfMemory(thrown)) {
            Runtime.getRuntime().halt(report());
        }
        err.print("Exception in thread \"" + thread.getName() + "\" ");
        thrown.printStackTrace(err);
    }

    static boolean causedByOutOfMemory(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The line itself: {@code articles} when known, the maximum heap in bytes. */
    static String message(Optional<Long> articles, long maxHeap) {
        long heapMb = maxHeap / MB;
        long suggestedGb = Math.max(2, (2 * heapMb + 1023) / 1024);
        String building = articles.map(n -> "building " + n + (n == 1 ? " article" : " articles") + " ").orElse("");
        return String.format(Locale.ROOT,
                "healthlib: out of memory %swith a maximum heap of %d MB; set HEALTHLIB_JAVA_OPTS=-Xmx%dg (or more) and run again",
                building, heapMb, suggestedGb);
    }

    /** The {@code --content} folder of the command that ran, if it has one. */
    private Optional<Path> contentFolder() {
        CommandLine.ParseResult parsed = line.getParseResult();
        while (parsed != null && parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return Optional.ofNullable(parsed)
                .map(p -> p.commandSpec().findOption("--content"))
                .map(CommandLine.Model.OptionSpec::getValue)
                .filter(Path.class::isInstance)
                .map(Path.class::cast);
    }

    /** The Markdown files under the folder's {@code articles/}; empty when they cannot be counted. */
    private static Optional<Long> articleCount(Path content) {
        try (Stream<Path> files = Files.walk(content.resolve("articles"))) {
            return Optional.of(files.filter(f -> f.getFileName().toString().endsWith(".md")).count());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
