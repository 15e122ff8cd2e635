package org.healthlib.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.healthlib.search.testing.FixtureArticles;
import org.healthlib.search.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reader text is never query syntax: nothing here may throw, and operators are plain words. */
class QuerySafetyTest {
    @TempDir
    static Path dir;
    static SearchService search;

    @BeforeAll
    static void index() throws IOException {
        search = TestIndexes.open(dir, FixtureArticles.all());
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"heart attack", "heart attack\"", "title:acne", "type:drug", "(migraine", "migraine)", "[a TO z]",
        "{x}", "acne AND", "OR", "NOT acne", "AND OR NOT", "*", "migr*", "?", "acne~", "acne~2", "acne^10",
        "\\", "heart\\attack", "/regex/", "+acne -migraine", "&&", "||", "!", ":", "\"\"", "''", "<script>",
        "%", "\u0000", "😀", "heart: attack (chest) [pain] {now}"})
    void neverFailsOnQuerySyntax(String text) throws IOException {
        SearchResponse response = search.search(SearchRequest.of(text));
        assertThat(response.total()).isGreaterThanOrEqualTo(0);
        assertThat(search.suggest(text, 8)).isNotNull();
    }

    @Test
    void fieldSyntaxIsSearchedAsWords() throws IOException {
        SearchResponse response = search.search(SearchRequest.of("title:acne"));
        assertThat(response.hits()).first().extracting(SearchHit::slug).isEqualTo("acne");
    }

    @Test
    void operatorsAreNotApplied() throws IOException {
        SearchResponse response = search.search(SearchRequest.of("migraine NOT headaches"));
        assertThat(response.hits()).first().extracting(SearchHit::slug).isEqualTo("migraine");
    }

    @Test
    void aTenThousandCharacterQueryIsCutAndSearched() throws IOException {
        SearchResponse response = search.search(SearchRequest.of("acne ".repeat(2_000)));
        assertThat(response.query()).hasSize(SearchRequest.MAX_QUERY_CHARS);
        assertThat(response.hits()).first().extracting(SearchHit::slug).isEqualTo("acne");
        SearchResponse words = search.search(SearchRequest.of("a b c d e f g h i j k l m ".repeat(800)));
        assertThat(words.total()).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "what is it?", "the and of"})
    void emptyOrStopWordQueriesFindNothingWithoutFailing(String text) throws IOException {
        SearchResponse response = search.search(SearchRequest.of(text));
        assertThat(response.total()).isZero();
        assertThat(response.hits()).isEmpty();
        assertThat(response.suggestion()).isEmpty();
    }
}
