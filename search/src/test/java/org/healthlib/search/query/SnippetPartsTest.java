package org.healthlib.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetPartsTest {
    private static final String BODY = "Symptoms\nChest pain or pressure. Shortness of breath!  Is it bad? Yes.\n\nCall 911.";

    @Test
    void sentencesEndAtLineEndsAndAfterClosingMarksFollowedBySpace() {
        BreakIterator breaks = new LineSentenceBreaks();
        breaks.setText(new StringCharacterIterator(BODY));
        List<Integer> forward = new ArrayList<>();
        for (int at = breaks.first(); at != BreakIterator.DONE; at = breaks.next()) {
            forward.add(at);
        }
        assertThat(forward).containsExactly(0, 9, 33, 55, 66, 71, 72, 81);
        assertThat(BODY.substring(9, 33)).isEqualTo("Chest pain or pressure. ");
        assertThat(breaks.preceding(40)).isEqualTo(33);
        assertThat(breaks.following(40)).isEqualTo(55);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.following(BODY.length())).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.isBoundary(10)).isFalse();
        assertThat(breaks.isBoundary(55)).isTrue();
    }

    @Test
    void aDecimalPointOrAnAbbreviationWithoutSpaceIsNoBoundary() {
        BreakIterator breaks = new LineSentenceBreaks();
        breaks.setText(new StringCharacterIterator("A1C of 6.5 percent (i.e.less) is high."));
        assertThat(breaks.following(0)).isEqualTo(38);
    }

    @Test
    void scoresPassagesExactlyAsLucenesScorer() {
        Passage passage = new Passage();
        passage.setStartOffset(120);
        passage.setEndOffset(300);
        BytesRef heart = new BytesRef("heart");
        BytesRef attack = new BytesRef("attack");
        passage.addMatch(130, 135, heart, 4);
        passage.addMatch(136, 142, attack, 2);
        passage.addMatch(200, 205, new BytesRef("heart"), 4);
        passage.addMatch(250, 255, new BytesRef("chest"), 1);

        assertThat(new SnippetScorer().score(passage, 5_000)).isEqualTo(new PassageScorer().score(passage, 5_000));
    }
}
