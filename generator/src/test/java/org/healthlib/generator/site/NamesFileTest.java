package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.model.ArticleType;
import org.healthlib.generator.view.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names the search box finds without the search API. */
class NamesFileTest {
    @TempDir
    Path site;

    @Test
    void listsTitlesAndAlsoCalledNamesOfPublishedArticlesWithTheirSlugs() {
        NamesFile.write(List.of(
                summary("a1c-test", "A1C test", List.of("diabetes"), List.of("Hemoglobin A1C", "HbA1c"), "A blood test.", ""),
                summary("asthma", "Asthma", List.of("lungs"), List.of(), "Narrow airways.", ""),
                summary("walking", "Walking", List.of("exercise"), List.of(), "Walk more.", "Draft")), site);

        assertThat(site.resolve("search/names.json")).hasContent("{\"articles\":["
                + "[\"a1c-test\",\"A1C test\",\"Hemoglobin A1C\",\"HbA1c\"],[\"asthma\",\"Asthma\"]]}");
        assertThat(site.resolve("search/hints.json")).hasContent("{}");
    }

    @Test
    void tellsApartArticlesOfTheSameTitleByTheirTopicsOrElseTheirSummaries() {
        String byTopic = NamesFile.hints(List.of(
                summary("diabetes", "Diabetes", List.of("general-health"), List.of(), "Diabetes is a disease.", ""),
                summary("diabetes-seniors", "diabetes", List.of("healthy-aging"), List.of(), "Too much glucose.", "")));
        String bySummary = NamesFile.hints(List.of(
                summary("flu", "Flu", List.of("infections"), List.of(), "Influenza is a contagious respiratory illness "
                        + "caused by influenza viruses that infect the nose.", ""),
                summary("flu-2", "Flu", List.of("infections"), List.of(), "The flu spreads in winter.", "")));

        assertThat(byTopic).isEqualTo("{\"diabetes\":\"General health\",\"diabetes-seniors\":\"Healthy aging\"}\n");
        assertThat(bySummary).isEqualTo("{\"flu\":\"Influenza is a contagious respiratory illness caused by…\","
                + "\"flu-2\":\"The flu spreads in winter.\"}\n");
    }

    private static ArticleSummary summary(String slug, String title, List<String> topics, List<String> alsoCalled,
                                          String text, String statusLabel) {
        return new ArticleSummary(Path.of(slug + ".md"), slug, title, text, ArticleType.CONDITION, topics, alsoCalled,
                Optional.empty(), Optional.empty(), statusLabel, ArticleSummary.sortKey(title));
    }
}
