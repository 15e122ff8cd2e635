package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The MedQuAD corpus of the shared folder loads whole, without a single error. */
class MedquadCorpusTest {

    @Test
    void loadsAllArticlesWithoutErrors() {
        Path root = SharedData.require(SharedData.medquad());

        LoadResult result = new ContentLoader(MarkdownRenderer.forContent(), CommitDates.none())
                .load(new LoadOptions(root, LocalDate.of(2025, 6, 1), false));

        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(result.articlesRead()).isEqualTo(5483);
        assertThat(result.library().articles()).hasSize(5483);
        assertThat(result.library().publishedArticles()).hasSize(5483);
        assertThat(result.library().config().title()).isEqualTo("NIH Consumer Health Topics (MedQuAD corpus)");
    }
}
