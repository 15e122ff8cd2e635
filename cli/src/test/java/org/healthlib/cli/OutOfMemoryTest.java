package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The one line a command that ran out of heap prints. */
class OutOfMemoryTest {
    private static final long MB = 1024 * 1024;

    @TempDir
    Path content;

    @Test
    void saysHowManyArticlesWithWhatHeapAndWhatToSet() {
        assertThat(OutOfMemory.message(Optional.of(50_000L), 1024 * MB)).isEqualTo(
                "healthlib: out of memory building 50000 articles with a maximum heap of 1024 MB;"
                        + " set HEALTHLIB_JAVA_OPTS=-Xmx2g (or more) and run again");
    }

    @Test
    void suggestsTwiceTheHeapAboveTwoGigabytes() {
        assertThat(OutOfMemory.message(Optional.empty(), 3000 * MB)).isEqualTo(
                "healthlib: out of memory with a maximum heap of 3000 MB; set HEALTHLIB_JAVA_OPTS=-Xmx6g (or more) and run again");
    }

    @Test
    void countsTheArticlesOfTheCommandsContentFolder() throws IOException {
        Files.createDirectories(content.resolve("articles/heart"));
        Files.writeString(content.resolve("articles/flu.md"), "");
        Files.writeString(content.resolve("articles/heart/afib.md"), "");
        CommandLine line = HealthlibCommand.commandLine();
        line.parseArgs("check", "--content", content.toString());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int code = new OutOfMemory(line, new PrintStream(printed, true, StandardCharsets.UTF_8)).report();

        assertThat(code).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("healthlib: out of memory building 2 articles with")
                .hasLineCount(1);
    }

    @Test
    void aFailureThatWrapsRunningOutOfHeapIsLeftToMain() {
        Exception wrapped = new IllegalStateException(new UncheckedIOException(new IOException(new OutOfMemoryError())));

        assertThat(OutOfMemory.causedByOutOfMemory(wrapped)).isTrue();
        assertThat(OutOfMemory.causedByOutOfMemory(new IllegalStateException("no"))).isFalse();
    }
}
