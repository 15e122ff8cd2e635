package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthlib.core.config.OverduePolicy;
import org.healthlib.core.config.SearchSettings;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Audience;
import org.healthlib.core.model.EditorialInfo;
import org.healthlib.core.model.Page;
import org.healthlib.core.model.ReviewState;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.model.Reviewer;
import org.healthlib.core.model.Synonyms;
import org.healthlib.core.model.Source;
import org.healthlib.core.model.Status;
import org.junit.jupiter.api.Test;

/**
 * Loads the whole {@code content-valid/} folder: every file kind, CRLF line ends (psychotherapy)
 * and a byte-order mark (heart attack), drafts, a scheduled article and review states.
 */
class ValidContentTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Path ROOT = Fixtures.resource("content-valid");
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.forContent();

    private static LoadResult load(CommitDates commitDates, boolean drafts) {
        return new ContentLoader(RENDERER, commitDates).load(new LoadOptions(ROOT, TODAY, drafts));
    }

    private final LoadResult result = load(CommitDates.none(), false);
    private final Library library = result.library();

    private Article article(String slug) {
        return library.articles().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void reportsOnlyTheWarningsOfTheFolder() {
        assertThat(result.diagnostics()).map(Diagnostic::format).containsExactly(
                "articles/hard-words.md:7:1: warning: reading grade 38.0 is above the target of 9",
                "articles/heart/afib.md:9:14: warning: review is overdue (next review was due on 2025-01-15)",
                "articles/heart/heart-attack.md:8:11: warning: review is due soon (next review on 2025-07-01)",
                "articles/nutrition/diabetes-diet.md:6:9: warning: published article has no sources");
        assertThat(result.articlesRead()).isEqualTo(6);
        assertThat(result.pagesRead()).isEqualTo(2);
    }

    @Test
    void readsTheSiteConfigurationWithTheDay() {
        assertThat(library.config()).isEqualTo(new SiteConfig("Riverside Health Library",
                "https://health.example.org/library/", "en-US", Period.ofYears(2), Period.ofDays(60), OverduePolicy.WARN,
                9, "If you are in crisis, call or text **988**.", SearchSettings.DEFAULTS, TODAY, false));
    }

    @Test
    void readsTheReviewersAndTheSynonymsFile() {
        assertThat(library.reviewers().ids()).containsExactlyInAnyOrder("behavioral-health-board", "cardiology-board");
        assertThat(library.reviewers().find("behavioral-health-board")).contains(new Reviewer("behavioral-health-board",
                "Behavioral Health Editorial Board", Optional.of("Licensed psychologists and psychiatrists"),
                Optional.of("https://health.example.org/library/editorial-process/")));
        assertThat(library.synonyms().rules()).extracting(rule -> rule.inputs().stream().map(Synonyms.Term::words).toList()
                + " => " + rule.outputs().stream().map(Synonyms.Term::words).toList()).containsExactly(
                "[heart attack, myocardial infarction, mi] => []",
                "[afib] => [atrial fibrillation]");
        assertThat(library.synonyms().rules().get(1).outputs().get(0).at()).isEqualTo(new Position(3, 9));
    }

    @Test
    void holdsEveryArticleInPathOrderWhateverItsStatus() {
        assertThat(library.articles()).extracting(Article::slug).containsExactly(
                "a1c-test", "hard-words", "atrial-fibrillation", "heart-attack", "psychotherapy", "diabetes-diet");
        assertThat(library.articles()).extracting(a -> a.file().toString().replace('\\', '/')).containsExactly(
                "articles/a1c-test.md", "articles/hard-words.md", "articles/heart/afib.md",
                "articles/heart/heart-attack.md", "articles/mental-health/psychotherapy.md",
                "articles/nutrition/diabetes-diet.md");
    }

    @Test
    void readsAFullArticleWrittenWithCrlfLineEnds() {
        Article article = article("psychotherapy");

        assertThat(article.title()).isEqualTo("Psychotherapy");
        assertThat(article.summary())
                .isEqualTo("Talk therapy with a trained professional, to change thoughts and habits that hold you back.");
        assertThat(article.type()).isEqualTo(ArticleType.TREATMENT);
        assertThat(article.topics()).containsExactly("mental-health");
        assertThat(article.alsoCalled()).containsExactly("Talk therapy", "Counseling");
        assertThat(article.editorial()).isEqualTo(new EditorialInfo(Status.PUBLISHED, Optional.of(LocalDate.of(2025, 1, 10)),
                Optional.of(LocalDate.of(2027, 1, 10)), Optional.of("behavioral-health-board"), Optional.empty(),
                Optional.of(LocalDate.of(2025, 2, 1))));
        assertThat(article.sources()).containsExactly(new Source("Psychotherapies",
                Optional.of("https://www.nimh.nih.gov/health/topics/psychotherapies"),
                Optional.of("National Institute of Mental Health"), Optional.of(LocalDate.of(2025, 1, 5))));
        assertThat(article.crisis()).isTrue();
        assertThat(article.audience()).isEqualTo(Audience.PATIENT);
        assertThat(article.aliases()).containsExactly("/old/talk-therapy/");
        assertThat(article.path()).isEqualTo("articles/psychotherapy/");
        assertThat(article.body().plainText()).startsWith("What is psychotherapy?\nIn therapy you talk with a trained person.");
        assertThat(article.body().html()).doesNotContain("\r");
    }

    @Test
    void computesReviewStatesForTheDay() {
        assertThat(library.reviewState(article("psychotherapy"))).isEqualTo(ReviewState.CURRENT);
        assertThat(library.reviewState(article("heart-attack"))).isEqualTo(ReviewState.DUE_SOON);
        assertThat(library.reviewState(article("atrial-fibrillation"))).isEqualTo(ReviewState.OVERDUE);
        assertThat(library.reviewState(article("a1c-test"))).isEqualTo(ReviewState.UNREVIEWED);
    }

    @Test
    void publishesOnlyPublishedArticlesWhoseDayHasCome() {
        assertThat(library.publishedArticles()).extracting(Article::slug)
                .containsExactly("atrial-fibrillation", "heart-attack", "psychotherapy");
        assertThat(library.siteArticles()).isEqualTo(library.publishedArticles());
        assertThat(load(CommitDates.none(), true).library().siteArticles()).hasSize(6);
    }

    @Test
    void readsThePages() {
        assertThat(library.pages()).extracting(Page::slug, Page::title, Page::summary).containsExactly(
                org.assertj.core.groups.Tuple.tuple("about", "About the library", "Who writes and reviews our articles."),
                org.assertj.core.groups.Tuple.tuple("how-we-review", "Our editorial process", ""));
        assertThat(library.pages().get(1).path()).isEqualTo("how-we-review/");
    }

    @Test
    void updatedDefaultsToTheLastCommitThenToReviewed() {
        Library dated = load(root -> Map.of(Path.of("articles/heart/afib.md"), LocalDate.of(2024, 5, 6),
                Path.of("articles/mental-health/psychotherapy.md"), LocalDate.of(2025, 3, 3)), false).library();

        List<Optional<LocalDate>> updated = dated.articles().stream().map(a -> a.editorial().updated()).toList();
        assertThat(updated).containsExactly(
                Optional.empty(), Optional.empty(),               // a draft and an article in review, never reviewed
                Optional.of(LocalDate.of(2024, 5, 6)),             // afib: its last commit
                Optional.of(LocalDate.of(2023, 7, 1)),             // heart attack: not committed, so reviewed
                Optional.of(LocalDate.of(2025, 2, 1)),             // psychotherapy: written in front matter
                Optional.of(LocalDate.of(2025, 5, 1)));
    }
}
