package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Each folder of {@code content-invalid/} is a content folder with one kind of problem; its
 * {@code expected.txt} holds every diagnostic, word for word, in output order. {@code check} and
 * {@code build} must both print exactly those lines and refuse the folder, and the build must
 * leave nothing behind: one verdict, reached the same way by both. Regenerate with
 * {@code -Dgolden.update=true} and review the diff.
 */
class InvalidContentTest {
    private static final String TODAY = "2025-06-01";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        Path root = Path.of(InvalidContentTest.class.getResource("/content-invalid").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted()
                    .map(folder -> Arguments.of(folder.getFileName().toString(), folder)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkAndBuildReportTheSameProblemsWordForWord(String name, Path folder) throws IOException {
        Run check = run("check", "--content", folder.toString(), "--today", TODAY);
        Path site = dir.resolve("site");
        Path index = dir.resolve("index");
        Run build = run("build", "--content", folder.toString(), "--today", TODAY, "--out", site.toString(),
                "--index", index.toString());

        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of(System.getProperty("healthlib.root", ".."), "cli", "src", "test", "resources",
                    "content-invalid", name, "expected.txt");
            Files.write(source, check.diagnostics(), StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(check.diagnostics()).containsExactlyElementsOf(expected);
        assertThat(build.diagnostics()).as("build's diagnostics").containsExactlyElementsOf(expected);
        assertThat(expected).as("an invalid-content case must have an error").anyMatch(line -> line.contains(": error: "));
        assertThat(check.code()).isEqualTo(1);
        assertThat(build.code()).isEqualTo(1);
        // Only the cache of the articles' vectors may stay: a build refused while rendering (a template
        // of the folder's own) has embedded its articles beside, and the next build needs them again.
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("a refused build leaves nothing but its cache")
                    .allMatch(path -> path.getFileName().toString().equals(".healthlib-cache"));
        }
        if (expected.stream().noneMatch(line -> line.startsWith("templates/"))) {
            assertThat(dir.resolve(".healthlib-cache")).as("refused before rendering: nothing at all").doesNotExist();
        }
    }

    /** What a command printed: its diagnostics (every line but the summary) and its exit code. */
    private record Run(int code, List<String> diagnostics) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = HealthlibCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        List<String> lines = Arrays.asList(out.toString().split("\\R"));
        assertThat(err.toString()).as("standard error of " + args[0]).isEmpty();
        return new Run(code, lines.subList(0, lines.size() - 1));
    }
}
