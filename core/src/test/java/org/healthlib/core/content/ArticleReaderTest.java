package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Audience;
import org.healthlib.core.model.Reviewer;
import org.healthlib.core.model.ReviewerRegistry;
import org.healthlib.core.model.Source;
import org.healthlib.core.model.Status;
import org.junit.jupiter.api.Test;

/** Front matter to {@link CheckedFrontMatter}, without rendering a body. */
class ArticleReaderTest {
    private static final Path FILE = Path.of("articles/mental-health/psychotherapy.md");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final ReviewerRegistry REVIEWERS = new ReviewerRegistry(Map.of("behavioral-health-board",
            new Reviewer("behavioral-health-board", "Behavioral Health Editorial Board", Optional.empty(), Optional.empty())));

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<CheckedFrontMatter> read(String frontMatter, Map<Path, LocalDate> commitDates) {
        ArticleReader reader = new ArticleReader(new EditorialReader(SiteConfig.defaults(TODAY), REVIEWERS, commitDates));
        return FrontMatterParser.parse(FILE, "---\n" + frontMatter + "---\nBody.\n", diagnostics)
                .flatMap(parsed -> reader.read(FILE, parsed.fields()));
    }

    private Optional<CheckedFrontMatter> read(String frontMatter) {
        return read(frontMatter, Map.of());
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsEveryKeyOfTheContract() {
        CheckedFrontMatter article = read("""
                title: Psychotherapy
                summary: Talk therapy with a trained mental health professional.
                type: treatment
                topics: [mental-health]
                also_called: [Talk therapy, Counseling]
                status: published
                reviewed: 2022-06-30
                reviewed_by: behavioral-health-board
                sources:
                  - title: "Psychotherapies"
                    publisher: National Institute of Mental Health
                    url: https://www.nimh.nih.gov/health/topics/psychotherapies
                    accessed: 2024-02-01
                crisis: true
                audience: caregiver
                slug: talk-therapy
                publish_on: 2022-07-01
                aliases: [/old/psychotherapy/]
                author: Editorial team
                updated: 2023-01-10
                next_review: 2024-06-30
                """).orElseThrow();

        assertThat(messages()).isEmpty();
        assertThat(article.fields().file()).isEqualTo(FILE);
        assertThat(article.fields().slug()).isEqualTo("talk-therapy");
        assertThat(article.fields().title()).isEqualTo("Psychotherapy");
        assertThat(article.fields().type()).isEqualTo(ArticleType.TREATMENT);
        assertThat(article.fields().topics()).containsExactly("mental-health");
        assertThat(article.fields().alsoCalled()).containsExactly("Talk therapy", "Counseling");
        assertThat(article.fields().editorial().status()).isEqualTo(Status.PUBLISHED);
        assertThat(article.fields().editorial().reviewed()).contains(LocalDate.of(2022, 6, 30));
        assertThat(article.fields().editorial().nextReview()).contains(LocalDate.of(2024, 6, 30));
        assertThat(article.fields().editorial().reviewedBy()).contains("behavioral-health-board");
        assertThat(article.fields().editorial().publishOn()).contains(LocalDate.of(2022, 7, 1));
        assertThat(article.fields().editorial().updated()).contains(LocalDate.of(2023, 1, 10));
        assertThat(article.fields().sources()).containsExactly(new Source("Psychotherapies",
                Optional.of("https://www.nimh.nih.gov/health/topics/psychotherapies"),
                Optional.of("National Institute of Mental Health"), Optional.of(LocalDate.of(2024, 2, 1))));
        assertThat(article.fields().crisis()).isTrue();
        assertThat(article.fields().audience()).isEqualTo(Audience.CAREGIVER);
        assertThat(article.fields().aliases()).containsExactly("/old/psychotherapy/");
        assertThat(article.fields().author()).contains("Editorial team");
    }

    @Test
    void fillsInTheDefaults() {
        CheckedFrontMatter article = read("""
                title: A1C test
                summary: A blood test for diabetes.
                type: test
                reviewed: 2024-01-15
                """).orElseThrow();

        assertThat(article.fields().slug()).isEqualTo("psychotherapy");
        assertThat(article.fields().editorial().status()).isEqualTo(Status.DRAFT);
        assertThat(article.fields().editorial().nextReview()).contains(LocalDate.of(2027, 1, 15));
        assertThat(article.fields().editorial().updated()).contains(LocalDate.of(2024, 1, 15));
        assertThat(article.fields().audience()).isEqualTo(Audience.PATIENT);
        assertThat(article.fields().crisis()).isFalse();
        assertThat(article.fields().topics()).isEmpty();
        assertThat(article.fields().sources()).isEmpty();
        assertThat(article.fields().author()).isEmpty();
    }

    @Test
    void updatedDefaultsToTheFilesLastCommitWhenThereIsOne() {
        CheckedFrontMatter article = read("title: A\nsummary: B.\ntype: test\nreviewed: 2024-01-15\n",
                Map.of(FILE, LocalDate.of(2024, 3, 9))).orElseThrow();

        assertThat(article.fields().editorial().updated()).contains(LocalDate.of(2024, 3, 9));
    }

    @Test
    void readsDatesFromTheirTextWhateverYamlMakesOfThem() {
        CheckedFrontMatter article = read("title: 2024\nsummary: 'yes'\ntype: test\nreviewed: \"2024-02-29\"\n").orElseThrow();

        assertThat(article.fields().title()).isEqualTo("2024");
        assertThat(article.fields().summary()).isEqualTo("yes");
        assertThat(article.fields().editorial().reviewed()).contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void keepsThePositionsOfKeysAndValuesInTheFile() {
        CheckedFrontMatter article = read("title: A\nsummary: B.\ntype: test\nslug:   a-b\n").orElseThrow();

        assertThat(article.positions().key("slug")).isEqualTo(new Position(5, 1));
        assertThat(article.positions().value("slug")).isEqualTo(new Position(5, 9));
        assertThat(article.positions().value("reviewed")).isEqualTo(Position.START);
    }

    @Test
    void anArticleWithAnyErrorIsNotBuiltButEveryProblemIsReported() {
        Optional<CheckedFrontMatter> article = read("""
                title: [Psychotherapy]
                summary: Talk therapy.
                type: treatmnt
                status: published
                reviewed: 2022-06-31
                reviewed_by: behavioural-health-board
                """);

        assertThat(article).isEmpty();
        assertThat(messages()).containsExactly(
                "articles/mental-health/psychotherapy.md:2:8: error: 'title' must be a string, got a list",
                "articles/mental-health/psychotherapy.md:4:7: error: 'type' must be one of condition, symptom, test, "
                        + "treatment, procedure, body-part, wellness, drug; got 'treatmnt' (did you mean 'treatment'?)",
                "articles/mental-health/psychotherapy.md:6:11: error: 'reviewed' is not a valid date "
                        + "(\"2022-06-31\" does not exist)",
                "articles/mental-health/psychotherapy.md:7:14: error: unknown reviewer 'behavioural-health-board' "
                        + "(did you mean 'behavioral-health-board'?)");
    }
}
