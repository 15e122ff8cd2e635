package org.healthlib.generator.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.core.testing.Articles.anArticle;
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

    @Test
    void aLargeIndexHasAPageForEachLetterThatHasNames() {
        Library library = aLibrary()
                .article(anArticle().slug("asthma").title("Asthma"))
                .article(anArticle().slug("flu").title("Flu").alsoCalled("Influenza", "Grippe"))
                .build();
        List<AzIndexMapper.AzPage> pages = AzIndexMapper.pages(
                library.articles().stream().map(a -> ArticleSummary.of(library, a)).toList(), 3);

        assertThat(pages).extracting(AzIndexMapper.AzPage::path).containsExactly("a-z/", "a-z/f/", "a-z/g/", "a-z/i/");
        AzView flu = pages.get(1).view();
        assertThat(flu.current()).isEqualTo("F");
        assertThat(entries(flu, "F")).containsExactly("Flu");
        assertThat(entries(flu, "A")).isEmpty();
        assertThat(letter(flu, "A").path()).isEqualTo("a-z/");
        assertThat(letter(flu, "G").path()).isEqualTo("a-z/g/");
        assertThat(letter(flu, "B").available()).isFalse();
        assertThat(AzIndexMapper.pages(List.of(ArticleSummary.of(library, library.articles().get(0))), 3))
                .extracting(AzIndexMapper.AzPage::path).containsExactly("a-z/");
    }

    private static AzView.Letter letter(AzView index, String label) {
        return index.letters().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> entries(AzView index, String label) {
        return letter(index, label).entries().stream()
                .map(e -> e.alias() ? e.name() + " see " + e.seeTitle() : e.name()).toList();
    }
}
