package org.healthlib.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.search.testing.FixtureArticles;
import org.healthlib.search.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
    @TempDir
    static Path dir;
    static SearchService search;

    @BeforeAll
    static void index() throws IOException {
        search = TestIndexes.open(dir, FixtureArticles.all(),
                Optional.of("zits, pimples, acne\ncan't sleep, insomnia, sleeplessness\n"));
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    private static List<String> slugs(String query) throws IOException {
        return search.search(SearchRequest.of(query)).hits().stream().map(SearchHit::slug).toList();
    }

    @Test
    void findsAnArticleByItsTitleFirst() throws IOException {
        assertThat(slugs("heart attack")).first().isEqualTo("heart-attack");
        assertThat(slugs("Migraines")).first().isEqualTo("migraine");
    }

    @Test
    void findsAnArticleByAnAlsoCalledName() throws IOException {
        assertThat(slugs("myocardial infarction")).first().isEqualTo("heart-attack");
        assertThat(slugs("talk therapy")).first().isEqualTo("psychotherapy");
        assertThat(slugs("hba1c")).first().isEqualTo("a1c-test");
    }

    @Test
    void expandsTheLibrarySynonyms() throws IOException {
        assertThat(slugs("zits")).first().isEqualTo("acne");
        assertThat(slugs("can't sleep")).first().isEqualTo("insomnia");
    }

    @Test
    void answersQuestionsByTheirTopic() throws IOException {
        assertThat(slugs("what causes migraines?")).first().isEqualTo("migraine");
        assertThat(slugs("how do I know if I have type 2 diabetes")).first().isEqualTo("type-2-diabetes");
    }

    @Test
    void toleratesTyposAndSuggestsTheSpelling() throws IOException {
        SearchResponse response = search.search(SearchRequest.of("alzhiemers"));
        assertThat(response.hits()).first().extracting(SearchHit::slug).isEqualTo("alzheimers-disease");
        assertThat(response.suggestion()).hasValue("alzheimer");
        assertThat(slugs("ibuprofin")).first().isEqualTo("ibuprofen");
    }

    @Test
    void foldsAccentsBothWays() throws IOException {
        assertThat(slugs("sjogren")).first().isEqualTo("sjogren-syndrome");
        assertThat(slugs("Sjögren")).first().isEqualTo("sjogren-syndrome");
    }

    @Test
    void aKnownWordGetsNoSuggestion() throws IOException {
        assertThat(search.search(SearchRequest.of("migraine")).suggestion()).isEmpty();
    }

    @Test
    void aWordWrittenOnlyInAnotherFormIsNoTypo() throws IOException {
        SearchResponse response = search.search(SearchRequest.of("headache"));
        assertThat(response.suggestion()).isEmpty();
        assertThat(response.hits()).first().extracting(SearchHit::slug).isEqualTo("migraine");
    }

    @Test
    void hitsCarryTheirFieldsAndAMarkedEscapedSnippet() throws IOException {
        SearchHit hit = search.search(SearchRequest.of("chest pain")).hits().get(0);
        assertThat(hit.slug()).isEqualTo("heart-attack");
        assertThat(hit.title()).isEqualTo("Heart attack");
        assertThat(hit.url()).isEqualTo("/articles/heart-attack/");
        assertThat(hit.type()).isEqualTo("condition");
        assertThat(hit.topics()).containsExactly("heart-health");
        assertThat(hit.reviewed()).hasValue("2024-05-02");
        assertThat(hit.snippet()).contains("<mark>Chest</mark> <mark>pain</mark> or pressure");
    }

    @Test
    void snippetsSetOffHeadingsAndListItemsFromTheNextLine() throws IOException {
        assertThat(Snippets.joinLines("Symptoms\n<mark>Chest pain</mark> or pressure.\nFever\nCough \n"))
                .isEqualTo("Symptoms · <mark>Chest pain</mark> or pressure. Fever · Cough");
        String snippet = search.search(SearchRequest.of("chest pain")).hits().get(0).snippet();
        assertThat(snippet).doesNotContain("\n").contains("Symptoms · <mark>Chest</mark> <mark>pain</mark>");
    }

    @Test
    void snippetsEscapeHtmlOfTheText() throws IOException {
        SearchHit hit = search.search(SearchRequest.of("electrical signals")).hits().get(0);
        assertThat(hit.slug()).isEqualTo("atrial-fibrillation");
        assertThat(hit.snippet()).contains("heart&#x27;s").doesNotContain("heart's");
    }

    @Test
    void countsFacetsOverAllMatches() throws IOException {
        SearchResponse response = search.search(SearchRequest.of("sugar"));
        assertThat(response.total()).isEqualTo(3);
        assertThat(response.facets().type()).containsEntry("condition", 1).containsEntry("test", 1)
                .containsEntry("wellness", 1);
        assertThat(response.facets().topic()).containsEntry("diabetes", 3).containsEntry("heart-health", 1);
    }

    @Test
    void filtersByTypeAndStillCountsTheOtherTypes() throws IOException {
        SearchResponse response = search.search(new SearchRequest("sugar", Optional.of("test"),
                Optional.empty(), 1, 10));
        assertThat(response.hits()).extracting(SearchHit::slug).containsExactly("a1c-test");
        assertThat(response.total()).isEqualTo(1);
        assertThat(response.facets().type()).containsEntry("condition", 1).containsEntry("test", 1);
        assertThat(response.facets().topic()).containsOnlyKeys("diabetes");
    }

    @Test
    void filtersByTopic() throws IOException {
        SearchResponse response = search.search(new SearchRequest("heart", Optional.empty(),
                Optional.of("diabetes"), 1, 10));
        assertThat(response.hits()).extracting(SearchHit::slug).containsExactly("walking");
    }

    @Test
    void browsesAFilterWithoutWords() throws IOException {
        SearchResponse response = search.search(new SearchRequest("", Optional.empty(),
                Optional.of("brain-nerves"), 1, 10));
        assertThat(response.hits()).extracting(SearchHit::slug)
                .containsExactlyInAnyOrder("migraine", "alzheimers-disease");
    }

    @Test
    void pagesThroughResults() throws IOException {
        SearchResponse all = search.search(new SearchRequest("heart", Optional.empty(), Optional.empty(), 1, 50));
        SearchResponse first = search.search(new SearchRequest("heart", Optional.empty(), Optional.empty(), 1, 2));
        SearchResponse second = search.search(new SearchRequest("heart", Optional.empty(), Optional.empty(), 2, 2));
        SearchResponse far = search.search(new SearchRequest("heart", Optional.empty(), Optional.empty(), 99, 2));
        assertThat(all.total()).isEqualTo(3);
        assertThat(first.hits()).hasSize(2);
        assertThat(second.page()).isEqualTo(2);
        assertThat(first.total()).isEqualTo(all.total());
        assertThat(second.hits()).extracting(SearchHit::slug).containsExactly(all.hits().get(2).slug());
        assertThat(far.hits()).isEmpty();
        assertThat(far.total()).isEqualTo(all.total());
    }

    @Test
    void suggestsTitlesAndOtherNamesAsTyped() throws IOException {
        assertThat(search.suggest("alzh", 8)).containsExactly(
                new Suggestion("Alzheimer's disease", "/articles/alzheimers-disease/"));
        assertThat(search.suggest("myoc", 8)).containsExactly(
                new Suggestion("Myocardial infarction (Heart attack)", "/articles/heart-attack/"));
        assertThat(search.suggest("heart", 8)).first()
                .isEqualTo(new Suggestion("Heart attack", "/articles/heart-attack/"));
        assertThat(search.suggest("", 8)).isEmpty();
        assertThat(search.suggest("x".repeat(10_000), 8)).isEmpty();
    }

    @Test
    void rejectsPagesAndSizesOutOfRange() {
        assertThatThrownBy(() -> new SearchRequest("x", Optional.empty(), Optional.empty(), 0, 10))
                .isInstanceOf(InvalidSearchRequest.class).hasMessage("page must be between 1 and 1000, got 0");
        assertThatThrownBy(() -> new SearchRequest("x", Optional.empty(), Optional.empty(), 1, 51))
                .isInstanceOf(InvalidSearchRequest.class).hasMessage("size must be between 1 and 50, got 51");
        assertThatThrownBy(() -> new SearchRequest("x", Optional.of("disease"), Optional.empty(), 1, 10))
                .isInstanceOf(InvalidSearchRequest.class).hasMessageStartingWith("unknown type 'disease'");
        assertThatThrownBy(() -> new SearchRequest("x", Optional.empty(), Optional.of("Heart Health!"), 1, 10))
                .isInstanceOf(InvalidSearchRequest.class);
    }

    @Test
    void cutsOverLongQueriesInsteadOfFailing() {
        SearchRequest request = SearchRequest.of("heart ".repeat(2_000));
        assertThat(request.query()).hasSize(SearchRequest.MAX_QUERY_CHARS);
    }
}
