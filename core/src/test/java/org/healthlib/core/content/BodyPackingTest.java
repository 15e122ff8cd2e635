package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Article;
import org.healthlib.core.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyPackingTest {
    private static final Path ROOT = Fixtures.resource("content-valid");

    @TempDir
    Path folder;

    private List<Article> articles(long maxHeapBytes) {
        return new ContentLoader(MarkdownRenderer.forContent(), CommitDates.none(), maxHeapBytes)
                .load(new LoadOptions(folder, LocalDate.of(2025, 6, 1), false)).library().articles();
    }

    @Test
    void bodiesAreDeflatedOnlyWhenTheyWouldTakeTooMuchOfTheHeap() throws IOException {
        Folders.copy(ROOT, folder);
        Files.writeString(folder.resolve("articles/mental-health/psychotherapy.md"),
                "\n## What happens in a session\n\n" + "You talk, and the therapist listens and asks questions. ".repeat(20),
                StandardOpenOption.APPEND);

        List<Article> roomy = articles(1L << 30);
        List<Article> tight = articles(1_000);

        assertThat(roomy).allSatisfy(article -> assertThat(article.body().texts().isDeflated()).isFalse());
        assertThat(tight).filteredOn(article -> article.body().texts().isDeflated())
                .map(Article::slug).containsExactly("psychotherapy");
        assertThat(tight).isEqualTo(roomy);
        assertThat(tight).map(article -> article.body().html()).isEqualTo(roomy.stream().map(a -> a.body().html()).toList());
    }

    @Test
    void theHeapIsWeighedAgainstTheMarkdownOfTheArticles() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        long size = FolderScanner.scan(ROOT, diagnostics).articleBytes();
        long heapAtTheLimit = (long) (size * BodyPacking.HELD_PER_MARKDOWN_BYTE / BodyPacking.HEAP_SHARE);

        assertThat(diagnostics.sorted()).isEmpty();
        try (Stream<Path> files = Files.walk(ROOT.resolve("articles"))) {
            assertThat(size).isEqualTo(files.filter(file -> file.toString().endsWith(".md")).mapToLong(file -> file.toFile().length()).sum())
                    .isPositive();
        }
        assertThat(BodyPacking.needed(size, heapAtTheLimit - 8)).isTrue();
        assertThat(BodyPacking.needed(size, heapAtTheLimit + 8)).isFalse();
    }
}
