package org.healthlib.core.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("title", "summary", "type", "topics", "also_called", "status",
            "reviewed", "next_review", "reviewed_by", "sources");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "reviwed, reviewed",        // a letter left out
        "titel, title",             // two letters swapped
        "Summary, summary",         // case only
        "also-called, also_called", // a dash for an underscore
        "reviewedby, reviewed_by",
        "sources, sources",
    })
    void suggestsTheClosestWord(String typed, String expected) {
        assertThat(Suggestions.closest(typed, KEYS)).contains(expected);
    }

    @Test
    void suggestsNothingForAnUnrelatedWord() {
        assertThat(Suggestions.closest("date", KEYS)).isEmpty();
        assertThat(Suggestions.closest("colour", KEYS)).isEmpty();
        assertThat(Suggestions.didYouMean("colour", KEYS)).isEmpty();
    }

    @Test
    void phrasesTheSuggestion() {
        assertThat(Suggestions.didYouMean("behavioural-health-board", List.of("cardiology-board", "behavioral-health-board")))
                .isEqualTo(" (did you mean 'behavioral-health-board'?)");
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggestions.distance("condtion", "condition")).isEqualTo(1);
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
