package org.healthlib.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.search.testing.TestIndexes;
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
    void contractionsWithOrWithoutTheirApostropheAreTheWordTheyShorten() throws IOException {
        assertThat(terms(query, "cant sleep")).containsExactly("cannot", "sleep");
        assertThat(terms(query, "can't sleep")).containsExactly("cannot", "sleep");
        assertThat(terms(query, "I can\u2019t sleep")).containsExactly("cannot", "sleep");
        assertThat(terms(query, "cannot sleep")).containsExactly("cannot", "sleep");
        assertThat(terms(query, "didnt get my period")).isEqualTo(terms(query, "didn't get my period"));
        assertThat(terms(query, "my sore throat wont go away")).isEqualTo(terms(query, "my sore throat won't go away"));
        assertThat(terms(index, "the rectum cant stretch")).isEqualTo(terms(index, "the rectum can't stretch"));
        assertThat(terms(index, "youre dont isnt")).containsExactly("you", "do");
    }

    @Test
    void aSynonymWrittenWithAContractionStaysAPhraseAndMatchesItWithoutTheApostrophe() throws IOException {
        SynonymMap map = SynonymMaps.build(TestIndexes.synonyms("can't sleep, insomnia\n"), new Diagnostics()).orElseThrow();
        Analyzer withSynonyms = HealthAnalyzer.forQuery(Optional.of(map));
        assertThat(terms(withSynonyms, "cant sleep")).contains("insomnia");
        assertThat(terms(withSynonyms, "sleep apnea")).doesNotContain("insomnia");
    }

    @Test
    void contractionsInCapitalsAreReadAsWell() throws IOException {
        assertThat(terms(query, "I DIDNT SLEEP")).isEqualTo(terms(query, "i didn't sleep"));
        assertThat(terms(index, "YOU\u2019RE")).containsExactly("you");
    }

    @Test
    void aColonSeparatesWordsWithoutMovingTheirOffsets() throws IOException {
        assertThat(terms(index, "Note:heart:attack")).containsExactly("note", "heart", "attack");
        List<String> offsets = new ArrayList<>();
        try (TokenStream stream = index.tokenStream("body", "Note: heart:attacks")) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                offsets.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        }
        assertThat(offsets).containsExactly("note@0-4", "heart@6-11", "attack@12-19");
    }

    @Test
    void wordsThatOnlyLookLikeContractionsAreKept() throws IOException {
        assertThat(terms(query, "ill well shell lets")).containsExactly("ill", "well", "shell", "let");
        // "cant" is also a name: Cant syndrome
        assertThat(terms(index, "Cant syndrome")).containsExactly("cant", "syndrom");
        assertThat(terms(query, "Cant syndrome")).containsExactly("cant", "syndrom");
    }

    @Test
    void possessivesTypedWithoutTheApostropheMeetTheWrittenForm() throws IOException {
        assertThat(terms(query, "alzheimers")).isEqualTo(terms(index, "Alzheimer's"));
        assertThat(terms(query, "parkinsons disease")).isEqualTo(terms(index, "Parkinson's disease"));
        assertThat(terms(query, "bells palsy")).isEqualTo(terms(index, "Bell's palsy"));
    }

    @Test
    void wordsPorterWouldJoinToUnrelatedOnesKeepAStemOfTheirOwn() throws IOException {
        assertThat(terms(index, "organ organic organism organization")).doesNotHaveDuplicates();
        assertThat(terms(index, "severe several")).doesNotHaveDuplicates();
        assertThat(terms(index, "tire tired")).doesNotHaveDuplicates();
        assertThat(terms(index, "person personality")).doesNotHaveDuplicates();
        assertThat(terms(index, "organs organ")).containsExactly("organ", "organ");
        assertThat(terms(query, "personality disorders")).isEqualTo(terms(index, "Personality Disorder"));
        assertThat(terms(index, "die died dying")).containsExactly("die", "die", "die");
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
        SynonymMap map = SynonymMaps.build(TestIndexes.synonyms("zits, pimples, acne\nheart attack, myocardial infarction\n"),
                new Diagnostics()).orElseThrow();
        Analyzer withSynonyms = HealthAnalyzer.forQuery(Optional.of(map));
        assertThat(terms(withSynonyms, "zits")).containsExactlyInAnyOrder("zit", "pimpl", "acn");
        assertThat(terms(withSynonyms, "what is a heart attack?"))
                .contains("heart", "attack", "myocardi", "infarct");
    }

    @Test
    void aSynonymWordMadeOnlyOfStopWordsIsAnErrorAtItsPosition() {
        assertThat(SynonymMaps.check(TestIndexes.synonyms("# words\nacne, zits\nheart attack,  the => how\n")))
                .extracting(Diagnostic::format).containsExactly(
                        "synonyms.txt:3:16: error: 'the' is left out of every search (a word such as 'the' or 'what'"
                                + " is not searched), so it cannot be a synonym; remove it or write the words readers type",
                        "synonyms.txt:3:23: error: 'how' is left out of every search (a word such as 'the' or 'what'"
                                + " is not searched), so it cannot be a synonym; remove it or write the words readers type");
    }

    @Test
    void anEmptySynonymsFileGivesNoMap() throws IOException {
        assertThat(SynonymMaps.build(TestIndexes.synonyms("# only a comment\n"), new Diagnostics())).isEmpty();
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
