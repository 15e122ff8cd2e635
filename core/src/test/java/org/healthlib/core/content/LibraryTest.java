package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.core.testing.Articles.anArticle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.healthlib.core.config.OverduePolicy;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ReviewerRegistry;
import org.healthlib.core.model.Synonyms;
import org.healthlib.core.model.Status;
import org.junit.jupiter.api.Test;

class LibraryTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private final Article current = anArticle().slug("current").reviewed(LocalDate.of(2024, 1, 1)).build();
    private final Article overdue = anArticle().slug("overdue").reviewed(LocalDate.of(2021, 1, 1)).build();
    private final Article draft = anArticle().slug("draft").status(Status.DRAFT).build();
    private final Article scheduled = anArticle().slug("scheduled").reviewed(LocalDate.of(2025, 5, 1))
            .publishOn(TODAY.plusDays(1)).build();

    private Library library(OverduePolicy policy, boolean drafts) {
        SiteConfig d = SiteConfig.defaults(TODAY);
        SiteConfig config = new SiteConfig(d.title(), d.baseUrl(), d.language(), d.reviewInterval(), d.reviewWarning(),
                policy, d.readingGradeTarget(), d.crisisNotice(), d.search(), TODAY, drafts);
        return new Library(Path.of("site"), config, ReviewerRegistry.empty(), List.of(current, overdue, draft, scheduled),
                List.of(), List.of(), Synonyms.none());
    }

    @Test
    void publishedArticlesLeaveOutDraftsAndArticlesNotYetDue() {
        assertThat(library(OverduePolicy.WARN, false).publishedArticles()).containsExactly(current, overdue);
    }

    @Test
    void theUnpublishPolicyLeavesOutOverdueArticles() {
        assertThat(library(OverduePolicy.UNPUBLISH, false).publishedArticles()).containsExactly(current);
    }

    @Test
    void withDraftsTheSiteHoldsEveryArticleButTheIndexDoesNot() {
        Library library = library(OverduePolicy.WARN, true);

        assertThat(library.siteArticles()).containsExactly(current, overdue, draft, scheduled);
        assertThat(library.publishedArticles()).containsExactly(current, overdue);
    }
}
