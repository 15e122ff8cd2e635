package org.healthlib.generator.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.generator.fixtures.Articles.anArticle;
import static org.healthlib.generator.fixtures.Libraries.aLibrary;

import java.util.List;
import org.healthlib.core.content.Library;
import org.junit.jupiter.api.Test;

class AzIndexMapperTest {
    @Test
    void listsTitlesAndOtherNamesUnderTheirLettersPointingToTheArticle() {
        Library library = aLibrary()
                .article(anArticle().slug("heart-attack").title("Heart attack").alsoCalled("Myocardial infarction", "MI"))
                .article(anArticle().slug("ebola").title("Ébola virus disease"))
                .article(anArticle().slug("measles").title("Measles").alsoCalled("3-day measles", "rubeola"))
                .build();
        AzView index = AzIndexMapper.map(library.articles().stream().map(a -> ArticleSummary.of(library, a)).toList());

        assertThat(index.letters()).hasSize(27);
        assertThat(entries(index, "E")).containsExactly("Ébola virus disease");
        assertThat(entries(index, "M")).containsExactly("Measles", "MI see Heart attack",
                "Myocardial infarction see Heart attack");
        assertThat(entries(index, "R")).containsExactly("rubeola see Measles");
        assertThat(entries(index, "0–9")).containsExactly("3-day measles see Measles");
        assertThat(letter(index, "M").entries().get(1).path()).isEqualTo("articles/heart-attack/");
        assertThat(letter(index, "0–9").id()).isEqualTo("letter-0-9");
        assertThat(entries(index, "B")).isEmpty();
    }

    private static AzView.Letter letter(AzView index, String label) {
        return index.letters().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> entries(AzView index, String label) {
        return letter(index, label).entries().stream()
                .map(e -> e.alias() ? e.name() + " see " + e.seeTitle() : e.name()).toList();
    }
}
