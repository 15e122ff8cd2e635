package org.healthlib.core.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

/** The shape of a legacy file (seeds/README.md), line by line, and the exact message when a file does not fit it. */
class LegacyTextTest {
    private static final Path FILE = Path.of("seeds/flu.txt");
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<LegacyArticle> parse(String text) {
        return LegacyText.parse(FILE, text, diagnostics);
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void keepsTheParagraphsAndTheReviewDateAndReportsWhatItDrops() {
        LegacyArticle article = parse("""
                The flu is an infection of the nose, throat and lungs.
                Signs of the flu include:

                Most people get better on their own.
                Rest helps. Our clinic can see you the same day.

                Last reviewed on 03/04/2024.
                Learn more about our health library.
                """).orElseThrow();

        assertThat(article.reviewed()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(article.paragraphs()).extracting(LegacyArticle.Paragraph::line, LegacyArticle.Paragraph::leadIn)
                .containsExactly(tuple(1, false), tuple(2, true),
                        tuple(4, false));
        assertThat(article.leadIns()).isEqualTo(1);
        assertThat(messages()).containsExactly(
                "seeds/flu.txt:2:1: warning: list lead-in whose list was lost in the export; marked TODO in the draft",
                "seeds/flu.txt:5:1: warning: dropped the closing promotion (\"Rest helps. Our clinic can see you the …\")",
                "seeds/flu.txt:8:1: warning: dropped the library boilerplate (\"Learn more about our health library.\")");
    }

    @Test
    void aPromotionOfTwoLinesIsDroppedWhenTheFirstSpeaksForThePublisher() {
        LegacyArticle article = parse("""
                The flu is an infection of the nose, throat and lungs.
                Most people get better on their own.
                We know how hard the flu can be.
                Our clinic can see you the same day.

                Last reviewed on 12/31/2023
                """).orElseThrow();

        assertThat(article.paragraphs()).extracting(LegacyArticle.Paragraph::line).containsExactly(1, 2);
        assertThat(article.reviewed()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(messages()).containsExactly(
                "seeds/flu.txt:3:1: warning: dropped the closing promotion (\"We know how hard the flu can be.\")",
                "seeds/flu.txt:4:1: warning: dropped the closing promotion (\"Our clinic can see you the same day.\")");
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThat(parse("\n  \n")).isEmpty();
        assertThat(messages()).containsExactly("seeds/flu.txt:1:1: error: file is empty");
    }

    @Test
    void aFileWithoutAReviewLineIsAnError() {
        assertThat(parse("Just some text.\nAnd more.\n")).isEmpty();
        assertThat(messages()).containsExactly(
                "seeds/flu.txt:1:1: error: no 'Last reviewed on MM/DD/YYYY.' line: not a plain-text article export");
    }

    @Test
    void aBinaryFileIsAnErrorAtItsFirstControlCharacter() {
        assertThat(parse("PK\u0003\u0004 archive")).isEmpty();
        assertThat(messages()).containsExactly(
                "seeds/flu.txt:1:3: error: file is not text (a control character such as NUL; is it a binary file?)");
    }

    @Test
    void aReviewDateThatIsNotMonthDayYearIsAnErrorAtTheDate() {
        assertThat(parse("Text.\nPromotion.\n\nLast reviewed on 2023-03-14.\n")).isEmpty();
        assertThat(parse("Text.\nPromotion.\n\nLast reviewed on 02/30/2023.\n")).isEmpty();
        assertThat(messages()).containsExactly(
                "seeds/flu.txt:4:18: error: review date is not a date (expected MM/DD/YYYY, got \"02/30/2023.\")",
                "seeds/flu.txt:4:18: error: review date is not a date (expected MM/DD/YYYY, got \"2023-03-14.\")");
    }

    @Test
    void moreThanTheBoilerplateAfterTheReviewLineIsAnError() {
        assertThat(parse("Text.\nPromotion.\n\nLast reviewed on 03/14/2023.\nBoilerplate.\n\nMore text.\n")).isEmpty();
        assertThat(messages()).containsExactly("seeds/flu.txt:7:1: error: more than one line after the 'Last reviewed on' "
                + "line (only the library boilerplate goes there): not a plain-text article export");
    }

    @Test
    void aFileWithNothingButThePromotionIsAnError() {
        assertThat(parse("Our team can help.\n\nLast reviewed on 03/14/2023.\n")).isEmpty();
        assertThat(messages()).containsExactly("seeds/flu.txt:3:1: error: no article text before the closing promotion "
                + "and the 'Last reviewed on' line");
    }
}
