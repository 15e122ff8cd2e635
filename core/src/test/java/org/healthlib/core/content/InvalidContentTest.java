package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder of {@code content-invalid/} is a content folder with one kind of problem; its
 * {@code expected.txt} holds every diagnostic of a check, word for word, in output order.
 * Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class InvalidContentTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final ContentLoader LOADER = new ContentLoader(MarkdownRenderer.forContent(), CommitDates.none());

    static Stream<Arguments> cases() {
        return Fixtures.folders("content-invalid").stream().map(folder -> Arguments.of(folder.getFileName().toString(), folder));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemWordForWord(String name, Path folder) throws IOException {
        LoadResult result = LOADER.load(new LoadOptions(folder, TODAY, false));
        List<String> actual = result.diagnostics().stream().map(Diagnostic::format).toList();

        if (Boolean.getBoolean("golden.update")) {
            Files.write(Fixtures.source("content-invalid").resolve(name).resolve("expected.txt"), actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(result.hasErrors()).as("an invalid-content case must have an error").isTrue();
    }
}
