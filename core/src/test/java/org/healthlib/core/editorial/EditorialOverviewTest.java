package org.healthlib.core.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.healthlib.core.testing.Articles.anArticle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.content.Library;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ReviewerRegistry;
import org.healthlib.core.model.Synonyms;
import org.healthlib.core.model.Status;
import org.junit.jupiter.api.Test;

class EditorialOverviewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String EASY = "Eat well. Sleep well. Walk a lot.";
    private static final String HARD = "Pharmacological interventions necessitate individualized consideration "
            + "of contraindications, comorbidities and polypharmacy considerations.";

    private static Library library(Article... articles) {
        return new Library(Path.of("site"), SiteConfig.defaults(TODAY), ReviewerRegistry.empty(), List.of(articles),
                List.of(), List.of(), Synonyms.none());
    }

    @Test
    void listsArticlesInReviewBeforeDraftsByTitle() {
        Article zinc = anArticle().slug("zinc").title("Zinc").status(Status.DRAFT).notReviewed().paragraph(EASY).build();
        Article acne = anArticle().slug("acne").title("Acne").status(Status.DRAFT).notReviewed().build();
        Article gout = anArticle().slug("gout").title("Gout").status(Status.IN_REVIEW).build();
        Article retired = anArticle().slug("old").title("Old").status(Status.RETIRED).build();

        EditorialOverview overview = EditorialOverview.of(library(zinc, acne, gout, retired));

        assertThat(overview.unpublished()).extracting(UnpublishedEntry::slug, UnpublishedEntry::status,
                        UnpublishedEntry::reviewer, UnpublishedEntry::words)
                .containsExactly(
                        tuple("gout", Status.IN_REVIEW, "cardiology-board", 0),
                        tuple("acne", Status.DRAFT, "", 0),
                        tuple("zinc", Status.DRAFT, "", 7));
    }

    @Test
    void listsEveryArticleAboveTheGradeTargetHardestFirst() {
        Article easy = anArticle().slug("easy").paragraph(EASY).build();
        Article hard = anArticle().slug("hard").title("Hard").paragraph(HARD).build();
        Article harder = anArticle().slug("harder").title("Harder").status(Status.DRAFT)
                .paragraph(HARD + " Notwithstanding.").build();

        EditorialOverview overview = EditorialOverview.of(library(easy, hard, harder));

        assertThat(overview.gradeTarget()).isEqualTo(8.0);
        assertThat(overview.aboveTarget()).extracting(GradeEntry::slug, GradeEntry::status)
                .containsExactly(tuple("hard", Status.PUBLISHED), tuple("harder", Status.DRAFT));
        assertThat(overview.aboveTarget().get(0).readingGrade()).isGreaterThan(overview.aboveTarget().get(1).readingGrade());
    }
}
