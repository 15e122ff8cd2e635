package org.healthlib.core.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each folder of {@code golden/markdown/} holds an {@code input.md} and the {@code expected.html}
 * the content renderer makes of it. Run with {@code -Dgolden.update=true} to rewrite the expected
 * files from the current output, then review the diff.
 */
class MarkdownGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/markdown");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.forContent();
    private static final MarkdownRenderer CHECKING = MarkdownRenderer.forChecking();

    static List<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsExpected(String name) throws IOException {
        Path folder = GOLDEN.resolve(name);
        String input = Files.readString(folder.resolve("input.md"), StandardCharsets.UTF_8);
        String actual = RENDERER.render(input, 1).html();
        Path expectedFile = folder.resolve("expected.html");
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(expectedFile).as("%s: run with -Dgolden.update=true to create it", expectedFile).exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    /** The checking renderer writes no HTML, and everything else exactly as the content renderer. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkingFindsTheSameTextHeadingsAndLinksWithoutHtml(String name) throws IOException {
        String input = Files.readString(GOLDEN.resolve(name).resolve("input.md"), StandardCharsets.UTF_8);
        RenderedBody full = RENDERER.render(input, 3);
        RenderedBody checked = CHECKING.render(input, 3);

        assertThat(checked.html()).isEmpty();
        assertThat(checked).usingRecursiveComparison().ignoringFields("texts.html").isEqualTo(full);
        assertThat(checked.plainText()).isEqualTo(full.plainText());
        assertThat(full.headings()).allSatisfy(heading -> assertThat(heading.id()).isNotBlank());
    }
}
