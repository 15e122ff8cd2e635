package org.healthlib.core.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text of a draft: YAML values that read back as written, Markdown paragraphs that render as the text. */
class DraftTextTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Sleep hygiene | Sleep hygiene",
        "Habits, sleep and you’re rested. | Habits, sleep and you’re rested.",
        "`TODO: write it` | `\"TODO: write it\"`",
        "`Heart #1` | `\"Heart #1\"`",
        "yes | `\"yes\"`",
        "`\"Quoted\" title` | `\"\\\"Quoted\\\" title\"`",
        "`-dash` | `\"-dash\"`",
        "`Ends with:` | `\"Ends with:\"`"})
    void yamlValues(String value, String written) {
        assertThat(YamlScalars.of(value)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Plain text, nothing to do. | Plain text, nothing to do.",
        "Use *only* a_b and [this] or <b> | Use \\*only\\* a\\_b and \\[this\\] or \\<b\\>",
        "# not a heading | \\# not a heading",
        "- not a list | \\- not a list",
        "1. not a list | 1\\. not a list",
        "2024) was a year | 2024\\) was a year",
        "`    indented` | indented"})
    void markdownParagraphs(String text, String markdown) {
        assertThat(MarkdownText.paragraph(text)).isEqualTo(markdown);
    }
}
