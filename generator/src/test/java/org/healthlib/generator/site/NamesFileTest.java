package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.model.ArticleType;
import org.healthlib.generator.view.ArticleSummary;
import org.junit.jupiter.api.Test;

/** The names the search box finds without the search API. */
class NamesFileTest {

    @Test
    void listsTitlesAndAlsoCalledNamesOfPublishedArticlesWithTheirSlugs() {
        String json = NamesFile.json(List.of(
                summary("a1c-test", "A1C test", List.of("diabetes"), List.of("HbA1c"), "A blood test.", ""),
                summary("walking", "Walking", List.of("exercise"), List.of(), "Walk more.", "Draft")));

        assertThat(json).isEqualTo("{\"fields\":[\"name\",\"slug\",\"title\",\"hint\"],\"names\":["
                + "[\"A1C test\",\"a1c-test\"],[\"HbA1c\",\"a1c-test\",\"A1C test\"]]}\n");
    }

    @Test
    void tellsApartArticlesOfTheSameTitleByTheirTopicsOrElseTheirSummaries() {
        String byTopic = NamesFile.json(List.of(
                summary("diabetes", "Diabetes", List.of("general-health"), List.of(), "Diabetes is a disease.", ""),
                summary("diabetes-seniors", "diabetes", List.of("healthy-aging"), List.of(), "Too much glucose.", "")));
        String bySummary = NamesFile.json(List.of(
                summary("flu", "Flu", List.of("infections"), List.of(), "Influenza is a contagious respiratory illness "
                        + "caused by influenza viruses that infect the nose.", ""),
                summary("flu-2", "Flu", List.of("infections"), List.of(), "The flu spreads in winter.", "")));

        assertThat(byTopic).contains("[\"Diabetes\",\"diabetes\",\"\",\"General health\"]",
                "[\"diabetes\",\"diabetes-seniors\",\"\",\"Healthy aging\"]");
        assertThat(bySummary).contains("[\"Flu\",\"flu\",\"\",\"Influenza is a contagious respiratory illness caused by…\"]",
                "[\"Flu\",\"flu-2\",\"\",\"The flu spreads in winter.\"]");
    }

    private static ArticleSummary summary(String slug, String title, List<String> topics, List<String> alsoCalled,
                                          String text, String statusLabel) {
        return new ArticleSummary(Path.of(slug + ".md"), slug, title, text, ArticleType.CONDITION, topics, alsoCalled,
                Optional.empty(), Optional.empty(), statusLabel, ArticleSummary.sortKey(title));
    }
}
