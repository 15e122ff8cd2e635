package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {
    private static final Path FILE = Path.of("articles/x.md");
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<FrontMatterSplitter.Split> split(String text) {
        return FrontMatterSplitter.split(FILE, text, diagnostics);
    }

    @Test
    void splitsFrontMatterFromTheBodyAndKnowsTheBodysFirstLine() {
        FrontMatterSplitter.Split split = split("---\ntitle: A\ntype: test\n---\n## Heading\n\nText\n").orElseThrow();

        assertThat(split.frontMatter()).isEqualTo("title: A\ntype: test\n");
        assertThat(split.body()).isEqualTo("## Heading\n\nText\n");
        assertThat(split.bodyFirstLine()).isEqualTo(5);
    }

    @Test
    void allowsSpacesAfterTheDelimitersAndAnEmptyBody() {
        FrontMatterSplitter.Split split = split("---  \ntitle: A\n--- \t").orElseThrow();

        assertThat(split.frontMatter()).isEqualTo("title: A\n");
        assertThat(split.body()).isEmpty();
    }

    @Test
    void aLineThatOnlyStartsWithDashesDoesNotCloseTheFrontMatter() {
        FrontMatterSplitter.Split split = split("---\nsummary: >\n  ---- not the end\n---\nBody\n").orElseThrow();

        assertThat(split.frontMatter()).isEqualTo("summary: >\n  ---- not the end\n");
        assertThat(split.bodyFirstLine()).isEqualTo(5);
    }

    @Test
    void reportsAFileWithoutFrontMatter() {
        assertThat(split("# Title\n---\n")).isEmpty();
        assertThat(diagnostics.sorted()).map(Diagnostic::format).containsExactly(
                "articles/x.md:1:1: error: file does not start with front matter (expected a first line '---')");
    }

    @Test
    void reportsFrontMatterThatNeverCloses() {
        assertThat(split("---\ntitle: A\n\nBody\n")).isEmpty();
        assertThat(diagnostics.sorted()).map(Diagnostic::format).containsExactly(
                "articles/x.md:1:1: error: front matter is not closed (expected a line '---')");
    }
}
