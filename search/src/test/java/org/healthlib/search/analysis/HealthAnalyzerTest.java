package org.healthlib.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class HealthAnalyzerTest {
    private final Analyzer index = HealthAnalyzer.forIndex();
    private final Analyzer query = HealthAnalyzer.forQuery(Optional.empty());

    @Test
    void stemsPluralsAndInflections() throws IOException {
        assertThat(terms(index, "Migraines")).containsExactly("migrain");
        assertThat(terms(index, "migraine")).containsExactly("migrain");
        assertThat(terms(index, "inherited inheritance")).containsExactly("inherit", "inherit");
    }

    @Test
    void dropsPossessivesAndFoldsAccents() throws IOException {
        assertThat(terms(index, "Alzheimer's")).containsExactly("alzheim");
        assertThat(terms(index, "Alzheimer")).containsExactly("alzheim");
        assertThat(terms(index, "Sjögren")).isEqualTo(terms(index, "Sjogren"));
        assertThat(terms(index, "Ménière's disease")).containsExactly("menier", "diseas");
    }

    @Test
    void queryDropsQuestionPhrasingButKeepsContentWords() throws IOException {
        assertThat(terms(query, "What causes migraines?")).containsExactly("caus", "migrain");
        assertThat(terms(query, "how do I know if I have diabetes")).containsExactly("diabet");
        assertThat(terms(query, "Can it spread?")).containsExactly("spread");
        assertThat(terms(index, "What causes migraines?")).containsExactly("what", "caus", "migrain");
    }

    @Test
    void queryStopWordsLeaveNoPositionGap() throws IOException {
        assertThat(increments(query, "what is a heart attack")).containsExactly(1, 1);
    }

    @Test
    void synonymsExpandAtQueryTimeAndAreStemmedLikeTheIndex() throws IOException {
        SynonymMap map = SynonymsFile.parse(new StringReader("zits, pimples, acne\nheart attack, myocardial infarction\n"),
                "synonyms.txt").orElseThrow();
        Analyzer withSynonyms = HealthAnalyzer.forQuery(Optional.of(map));
        assertThat(terms(withSynonyms, "zits")).containsExactlyInAnyOrder("zit", "pimpl", "acn");
        assertThat(terms(withSynonyms, "what is a heart attack?"))
                .contains("heart", "attack", "myocardi", "infarct");
    }

    @Test
    void aSynonymEntryMadeOnlyOfStopWordsIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> SynonymsFile.parse(new StringReader("# words\nacne, zits\nwhat, how\n"), "synonyms.txt"))
                .isInstanceOf(SynonymsFile.SynonymsException.class)
                .hasMessageStartingWith("synonyms.txt:3: error: ")
                .hasMessageContaining("error: invalid synonym entry");
    }

    @Test
    void anEmptySynonymsFileGivesNoMap() throws IOException {
        assertThat(SynonymsFile.parse(new StringReader("# only a comment\n"), "synonyms.txt")).isEmpty();
    }

    @Test
    void spellingKeepsWholeWords() throws IOException {
        assertThat(terms(new SpellingAnalyzer(), "Alzheimer's Disease")).containsExactly("alzheimer", "disease");
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private static List<Integer> increments(Analyzer analyzer, String text) throws IOException {
        List<Integer> increments = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                increments.add(increment.getPositionIncrement());
            }
            stream.end();
        }
        return increments;
    }
}
