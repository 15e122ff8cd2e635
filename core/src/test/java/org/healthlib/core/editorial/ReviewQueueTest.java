package org.healthlib.core.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.healthlib.core.testing.Articles.anArticle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthlib.core.config.OverduePolicy;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.content.Library;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.Reviewer;
import org.healthlib.core.model.ReviewerRegistry;
import org.healthlib.core.model.Synonyms;
import org.healthlib.core.model.Status;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ReviewerRegistry REVIEWERS = new ReviewerRegistry(Map.of(
            "heart-board", new Reviewer("heart-board", "Heart Board", Optional.empty(), Optional.empty()),
            "mind-board", new Reviewer("mind-board", "Mind Board", Optional.empty(), Optional.empty())));

    private static Library library(OverduePolicy policy, Article... articles) {
        SiteConfig d = SiteConfig.defaults(TODAY);
        SiteConfig config = new SiteConfig(d.title(), d.baseUrl(), d.language(), Period.ofYears(3), Period.ofDays(90),
                policy, d.readingGradeTarget(), d.crisisNotice(), d.search(), TODAY, false);
        return new Library(Path.of("site"), config, REVIEWERS, List.of(articles), List.of(), List.of(), Synonyms.none());
    }

    private static Article published(String slug, String reviewer, LocalDate reviewed) {
        return anArticle().slug(slug).title(slug.substring(0, 1).toUpperCase() + slug.substring(1))
                .reviewedBy(reviewer).reviewed(reviewed).build();
    }

    private final Article current = published("current", "heart-board", LocalDate.of(2025, 1, 1));
    private final Article afib = published("afib", "heart-board", LocalDate.of(2023, 11, 20));       // next 2026-11-20: 11 days late
    private final Article angina = published("angina", "heart-board", LocalDate.of(2024, 2, 1));     // next 2027-02-01: due soon, 62 days left
    private final Article anxiety = published("anxiety", "mind-board", LocalDate.of(2023, 6, 1));    // next 2026-06-01: 183 days late
    private final Article grief = published("grief", "mind-board", LocalDate.of(2023, 12, 1));       // next 2026-12-01: due today
    private final Article draft = anArticle().slug("draft").status(Status.DRAFT).reviewed(LocalDate.of(2020, 1, 1)).build();

    @Test
    void groupsByReviewerWithTheMostUrgentFirst() {
        ReviewQueue queue = ReviewQueue.of(library(OverduePolicy.WARN, current, afib, angina, anxiety, grief, draft));

        assertThat(queue.groups()).extracting(ReviewerGroup::reviewer, ReviewerGroup::reviewerName)
                .containsExactly(tuple("mind-board", "Mind Board"), tuple("heart-board", "Heart Board"));
        assertThat(queue.entries()).extracting(ReviewEntry::slug, ReviewEntry::state, ReviewEntry::daysLate,
                        ReviewEntry::nextReview)
                .containsExactly(
                        tuple("anxiety", QueueState.OVERDUE, 183L, LocalDate.of(2026, 6, 1)),
                        tuple("grief", QueueState.DUE_SOON, 0L, LocalDate.of(2026, 12, 1)),
                        tuple("afib", QueueState.OVERDUE, 11L, LocalDate.of(2026, 11, 20)),
                        tuple("angina", QueueState.DUE_SOON, -62L, LocalDate.of(2027, 2, 1)));
        assertThat(queue.overdue()).isEqualTo(2);
        assertThat(queue.dueSoon()).isEqualTo(2);
    }

    @Test
    void theWindowDecidesWhatIsDueSoon() {
        Library library = library(OverduePolicy.WARN, afib, angina, grief);

        assertThat(ReviewQueue.of(library, Period.ofDays(30)).entries()).extracting(ReviewEntry::slug)
                .containsExactly("afib", "grief");
        assertThat(ReviewQueue.of(library, Period.ofDays(62)).entries()).extracting(ReviewEntry::slug)
                .containsExactly("afib", "angina", "grief");
        assertThat(ReviewQueue.of(library, Period.ZERO).entries()).extracting(ReviewEntry::slug)
                .containsExactly("afib", "grief");
    }

    @Test
    void articlesLeftOutOfTheSiteForAnOverdueReviewAreStillInTheQueue() {
        Library library = library(OverduePolicy.UNPUBLISH, anxiety);

        assertThat(library.publishedArticles()).isEmpty();
        assertThat(ReviewQueue.of(library).entries()).extracting(ReviewEntry::slug).containsExactly("anxiety");
    }

    @Test
    void draftsAndCurrentArticlesAreNotInTheQueue() {
        ReviewQueue queue = ReviewQueue.of(library(OverduePolicy.WARN, current, draft));

        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.overdue()).isZero();
    }

    @Test
    void anUnknownReviewerIsShownByItsId() {
        Article orphan = published("orphan", "gone-board", LocalDate.of(2023, 6, 1));

        assertThat(ReviewQueue.of(library(OverduePolicy.WARN, orphan)).groups())
                .extracting(ReviewerGroup::reviewer, ReviewerGroup::reviewerName)
                .containsExactly(tuple("gone-board", "gone-board"));
    }
}
