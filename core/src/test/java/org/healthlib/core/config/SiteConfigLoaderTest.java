package org.healthlib.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class SiteConfigLoaderTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private final Diagnostics diagnostics = new Diagnostics();

    private SiteConfig load(String yaml) {
        return SiteConfigLoader.load(Path.of("site.yaml"), yaml, TODAY, false, diagnostics);
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static final String NOT_ABSOLUTE = "' is not an absolute URL: canonical links, sitemap.xml and feed.xml"
            + " need one (such as https://library.example.org/)";

    @Test
    void anEmptyFileMeansEveryDefault() {
        assertThat(load("")).isEqualTo(SiteConfig.defaults(TODAY));
        assertThat(messages()).containsExactly("site.yaml: warning: base_url '/" + NOT_ABSOLUTE);
    }

    @Test
    void aBaseUrlThatIsAPathIsAWarningAtItsValue() {
        load("title: Library\nbase_url: /library/\n");
        assertThat(messages()).containsExactly("site.yaml:2:11: warning: base_url '/library/" + NOT_ABSOLUTE);
    }

    @Test
    void readsEveryKey() {
        SiteConfig config = SiteConfigLoader.load(Path.of("site.yaml"), """
                title: Community Health Library
                base_url: https://health.example.org/library
                language: en-GB
                review_interval: P2Y6M
                review_warning: P60D
                overdue_policy: unpublish
                reading_grade_target: 7.5
                crisis_notice: Call **999** in an emergency.
                search:
                  semantic: false
                  weights:
                    overviews: 1.5
                    genetics/reference: 0.5
                """, TODAY, true, diagnostics);

        assertThat(messages()).isEmpty();
        assertThat(config).isEqualTo(new SiteConfig("Community Health Library", "https://health.example.org/library/",
                "en-GB", Period.of(2, 6, 0), Period.ofDays(60), OverduePolicy.UNPUBLISH, 7.5,
                "Call **999** in an emergency.",
                new SearchSettings(false, Map.of("overviews", 1.5, "genetics/reference", 0.5)), TODAY, true));
    }

    @Test
    void anArticleWeighsAsTheDeepestListedFolderHoldingIt() {
        SearchSettings search = new SearchSettings(true, Map.of("genetics", 0.5, "genetics/overviews", 2.0));

        assertThat(search.weightOf(Path.of("articles/acne.md"))).isEqualTo(1);
        assertThat(search.weightOf(Path.of("articles/genetics/rickets.md"))).isEqualTo(0.5);
        assertThat(search.weightOf(Path.of("articles/genetics/genes/gjb2.md"))).isEqualTo(0.5);
        assertThat(search.weightOf(Path.of("articles/genetics/overviews/rickets.md"))).isEqualTo(2);
        assertThat(search.weightOf(Path.of("articles/other/genetics/x.md"))).isEqualTo(1);
    }

    @Test
    void aWrongSearchSettingIsReportedAtItsValue() {
        SiteConfig config = load("""
                base_url: https://example.org/
                search:
                  semantic: maybe
                  weights:
                    ../outside: 2
                    genetics: 0
                    overviews: 3
                  boost: 2
                """);

        assertThat(config.search()).isEqualTo(new SearchSettings(true, Map.of("overviews", 3.0)));
        assertThat(messages()).containsExactly(
                "site.yaml:3:13: error: 'semantic' must be true or false, got \"maybe\"",
                "site.yaml:5:17: error: a key of 'search.weights' must be a folder under articles/ such as genetics"
                        + " or reference/genes (got \"../outside\")",
                "site.yaml:6:15: error: the weight of 'genetics' in 'search.weights' must be between 0.1 and 10 (got 0)",
                "site.yaml:8:3: error: unknown key 'boost'");
    }

    @Test
    void aWrongKeyIsReportedAndLeftAtItsDefault() {
        SiteConfig config = load("""
                title: Library
                base_url: https://health.example.org/
                review_interval: 3 years
                overdue_policy: unpublished
                reading_grade_target: eight
                """);

        assertThat(config.title()).isEqualTo("Library");
        assertThat(config.reviewInterval()).isEqualTo(SiteConfig.DEFAULT_REVIEW_INTERVAL);
        assertThat(config.overduePolicy()).isEqualTo(OverduePolicy.WARN);
        assertThat(config.readingGradeTarget()).isEqualTo(SiteConfig.DEFAULT_READING_GRADE_TARGET);
        assertThat(messages()).containsExactly(
                "site.yaml:3:18: error: 'review_interval' is not an ISO-8601 period (expected e.g. P3Y, P18M or P90D, got \"3 years\")",
                "site.yaml:4:17: error: 'overdue_policy' must be one of warn, error, unpublish; got 'unpublished' (did you mean 'unpublish'?)",
                "site.yaml:5:23: error: 'reading_grade_target' must be a number, got \"eight\"");
    }

    @Test
    void periodsMustBeLongerThanZeroButTheWarningMayBeZero() {
        SiteConfig config = load("review_interval: P0D\nreview_warning: P0D\nbase_url: https://health.example.org/\n");

        assertThat(config.reviewWarning()).isEqualTo(Period.ZERO);
        assertThat(messages()).containsExactly("site.yaml:1:18: error: 'review_interval' must be longer than zero (got \"P0D\")");
    }

    @Test
    void checksTheBaseUrlAndLanguage() {
        load("base_url: example.org\nlanguage: English\n");

        assertThat(messages()).containsExactly(
                "site.yaml:1:11: error: 'base_url' must be an absolute URL such as https://example.org/health/ or a "
                        + "path starting with '/' (got \"example.org\")",
                "site.yaml:2:11: error: 'language' must be a language tag such as en or en-US (got \"English\")");
    }
}
