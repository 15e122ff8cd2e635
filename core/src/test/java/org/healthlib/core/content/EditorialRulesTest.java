package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.core.testing.Articles.anArticle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.healthlib.core.config.OverduePolicy;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.Status;
import org.healthlib.core.yaml.KeyPositions;
import org.junit.jupiter.api.Test;

class EditorialRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final KeyPositions POSITIONS = new KeyPositions(Position.START,
            Map.of("status", new Position(6, 1), "reviewed", new Position(7, 1)),
            Map.of("status", new Position(6, 9), "reviewed", new Position(7, 11)));

    private static SiteConfig config(OverduePolicy policy) {
        SiteConfig d = SiteConfig.defaults(TODAY);
        return new SiteConfig(d.title(), d.baseUrl(), d.language(), d.reviewInterval(), d.reviewWarning(), policy,
                d.readingGradeTarget(), d.crisisNotice(), d.search(), TODAY, false);
    }

    private static List<String> check(Article article, OverduePolicy policy) {
        return EditorialRules.check(article, POSITIONS, config(policy)).stream().map(Diagnostic::format).toList();
    }

    private static List<String> check(Article article) {
        return check(article, OverduePolicy.WARN);
    }

    @Test
    void aCurrentPublishedArticleWithSourcesHasNothingToReport() {
        assertThat(check(anArticle().reviewed(LocalDate.of(2024, 1, 15)).build())).isEmpty();
    }

    @Test
    void aReviewDueWithinTheWarningPeriodIsAWarning() {
        Article article = anArticle().reviewed(LocalDate.of(2022, 8, 1)).build();

        assertThat(check(article)).containsExactly(
                "articles/heart-attack.md:7:11: warning: review is due soon (next review on 2025-08-01)");
    }

    @Test
    void anOverdueReviewFollowsTheSitePolicy() {
        Article article = anArticle().reviewed(LocalDate.of(2021, 3, 1)).build();

        assertThat(check(article, OverduePolicy.WARN)).containsExactly(
                "articles/heart-attack.md:7:11: warning: review is overdue (next review was due on 2024-03-01)");
        assertThat(check(article, OverduePolicy.ERROR)).containsExactly(
                "articles/heart-attack.md:7:11: error: review is overdue (next review was due on 2024-03-01)");
        assertThat(check(article, OverduePolicy.UNPUBLISH)).containsExactly(
                "articles/heart-attack.md:7:11: warning: review is overdue (next review was due on 2024-03-01); "
                        + "the article is left out of the site");
    }

    @Test
    void anExplicitNextReviewIsWhereTheWarningPoints() {
        KeyPositions positions = new KeyPositions(Position.START, Map.of(), Map.of("next_review", new Position(9, 14)));
        Article article = anArticle().reviewed(LocalDate.of(2024, 1, 15)).nextReview(LocalDate.of(2025, 5, 31)).build();

        assertThat(EditorialRules.check(article, positions, config(OverduePolicy.WARN))).map(Diagnostic::format)
                .containsExactly("articles/heart-attack.md:9:14: warning: review is overdue (next review was due on 2025-05-31)");
    }

    @Test
    void aPublishedArticleWithoutSourcesIsAWarning() {
        assertThat(check(anArticle().noSources().build()))
                .containsExactly("articles/heart-attack.md:6:9: warning: published article has no sources");
    }

    @Test
    void draftsAreNotHeldToReviewDatesOrSources() {
        Article draft = anArticle().status(Status.DRAFT).reviewed(LocalDate.of(2019, 1, 1)).noSources().build();

        assertThat(check(draft, OverduePolicy.ERROR)).isEmpty();
    }

    @Test
    void aFuturePublishOnDoesNotExemptFromReviewRules() {
        Article article = anArticle().reviewed(LocalDate.of(2021, 3, 1)).publishOn(TODAY.plusDays(10)).build();

        assertThat(check(article)).hasSize(1);
    }
}
