package org.healthlib.core.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "Type 2 diabetes | type-2-diabetes",
        "Crohn’s disease | crohn-s-disease",
        "  Café au lait spots! | cafe-au-lait-spots",
        "COVID-19 | covid-19",
        "A1C test | a1c-test"})
    void slugOfATitle(String title, String slug) {
        assertThat(Slugs.of(title)).contains(slug);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"???", "’ – ’"})
    void aTitleWithoutLettersOrDigitsHasNoSlug(String title) {
        assertThat(Slugs.of(title)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "sleep-hygiene.txt | Sleep hygiene",
        "talking_to_your-doctor.TXT | Talking to your doctor",
        "adhd | Adhd",
        ".txt | .txt"})
    void titleOfAFileName(String fileName, String title) {
        assertThat(Slugs.titleOfFileName(fileName)).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Sleep apnea | sleep apnea",
        "ADHD | ADHD",
        "A1C test | A1C test",
        "McArdle disease | McArdle disease",
        "Walking | walking"})
    void aTitleInsideASentence(String title, String inSentence) {
        assertThat(SectionSkeleton.inSentence(title)).isEqualTo(inSentence);
    }
}
