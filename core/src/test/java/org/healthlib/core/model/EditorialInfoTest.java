package org.healthlib.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.core.testing.Articles.anArticle;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class EditorialInfoTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Period WARNING = Period.ofDays(90);

    private static ReviewState stateWithNextReview(LocalDate next) {
        return anArticle().nextReview(next).build().editorial().reviewState(TODAY, WARNING);
    }

    @Test
    void aReviewFurtherAwayThanTheWarningIsCurrent() {
        assertThat(stateWithNextReview(TODAY.plusDays(91))).isEqualTo(ReviewState.CURRENT);
    }

    @Test
    void aReviewWithinTheWarningIsDueSoon() {
        assertThat(stateWithNextReview(TODAY.plusDays(90))).isEqualTo(ReviewState.DUE_SOON);
        assertThat(stateWithNextReview(TODAY)).isEqualTo(ReviewState.DUE_SOON);
    }

    @Test
    void aReviewBeforeTodayIsOverdue() {
        assertThat(stateWithNextReview(TODAY.minusDays(1))).isEqualTo(ReviewState.OVERDUE);
    }

    @Test
    void nextReviewDefaultsToReviewedPlusTheInterval() {
        Article article = anArticle().reviewed(LocalDate.of(2022, 6, 2)).reviewInterval(Period.ofYears(3)).build();

        assertThat(article.editorial().nextReview()).contains(LocalDate.of(2025, 6, 2));
        assertThat(article.editorial().reviewState(TODAY, WARNING)).isEqualTo(ReviewState.DUE_SOON);
        assertThat(article.editorial().reviewState(TODAY.plusDays(2), WARNING)).isEqualTo(ReviewState.OVERDUE);
    }

    @Test
    void anArticleWithoutReviewIsUnreviewed() {
        Article draft = anArticle().status(Status.DRAFT).notReviewed().build();

        assertThat(draft.editorial().reviewState(TODAY, WARNING)).isEqualTo(ReviewState.UNREVIEWED);
    }

    @Test
    void aFuturePublishOnKeepsAPublishedArticleOutUntilThatDay() {
        EditorialInfo editorial = anArticle().publishOn(TODAY.plusDays(1)).build().editorial();

        assertThat(editorial.isPublishedOn(TODAY)).isFalse();
        assertThat(editorial.isPublishedOn(TODAY.plusDays(1))).isTrue();
    }

    @Test
    void draftsInReviewAndRetiredArticlesAreNeverPublished() {
        for (Status status : new Status[] {Status.DRAFT, Status.IN_REVIEW, Status.RETIRED}) {
            assertThat(anArticle().status(status).build().editorial().isPublishedOn(TODAY)).as(status.slug()).isFalse();
        }
        assertThat(anArticle().build().editorial().isPublishedOn(TODAY)).isTrue();
    }

    @Test
    void lastModifiedFallsBackToReviewed() {
        assertThat(anArticle().reviewed(LocalDate.of(2023, 3, 4)).build().editorial().lastModified())
                .contains(LocalDate.of(2023, 3, 4));
    }
}
