package org.healthlib.core.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A draft of any type, new or imported, loads without errors, as a draft, with its sections. */
class DraftsPassCheckTest {
    @TempDir
    Path folder;

    private LoadResult load() {
        return new ContentLoader(MarkdownRenderer.forChecking()).load(new LoadOptions(folder, LocalDate.of(2026, 12, 1), false));
    }

    @ParameterizedTest
    @EnumSource(ArticleType.class)
    void aNewDraftOfEveryTypeHasNoErrors(ArticleType type) throws IOException {
        Draft draft = Drafts.newArticle("Café au lait spots: a \"test\" #1", type, Optional.of("skin"));
        assertThat(DraftFiles.create(folder, "cafe-au-lait-spots", draft.text())).isPresent();

        LoadResult result = load();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(result.library().articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Café au lait spots: a \"test\" #1");
            assertThat(article.type()).isEqualTo(type);
            assertThat(article.topics()).containsExactly("skin");
            assertThat(article.editorial().status()).isEqualTo(Status.DRAFT);
            assertThat(article.editorial().reviewedBy()).isEmpty();
            assertThat(article.body().headings()).hasSizeGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void anImportedDraftHasNoErrorsAndKeepsItsReviewDate() throws IOException {
        Files.writeString(folder.resolve("reviewers.yaml"), "sleep-board:\n  name: Sleep Board\n");
        LegacyArticle legacy = new LegacyArticle(Path.of("naps.txt"), java.util.List.of(
                new LegacyArticle.Paragraph(1, "Naps help: a short one is best. Keep it *short*.", false),
                new LegacyArticle.Paragraph(2, "Good naps are:", true)), LocalDate.of(2023, 3, 14));
        Draft draft = Drafts.fromLegacy(legacy, "Naps", ArticleType.WELLNESS, true, Optional.of("sleep-board"));
        DraftFiles.create(folder, "naps", draft.text());

        LoadResult result = load();

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(result.library().articles()).singleElement().satisfies(article -> {
            assertThat(article.summary()).isEqualTo("Naps help: a short one is best.");
            assertThat(article.editorial().reviewed()).contains(LocalDate.of(2023, 3, 14));
            assertThat(article.editorial().reviewedBy()).contains("sleep-board");
            assertThat(article.body().plainText()).contains("Keep it *short*.", "TODO: restore the items of this list");
        });
    }

    @Test
    void neverWritesOverAFile() throws IOException {
        Files.createDirectories(folder.resolve("articles"));
        Files.writeString(folder.resolve("articles/naps.md"), "mine");

        assertThat(DraftFiles.create(folder, "naps", "theirs")).isEmpty();
        assertThat(folder.resolve("articles/naps.md")).hasContent("mine");
    }
}
