package org.healthlib.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.core.testing.Articles.anArticle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthlib.core.config.SearchSettings;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Synonyms;
import org.healthlib.search.index.ArticleIndexer;
import org.healthlib.search.index.IndexOptions;
import org.healthlib.search.testing.Embedders;
import org.healthlib.search.testing.FixtureArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Semantic search on a small library: a lay query that shares no word with the right article finds
 * it only when the site's search is semantic; {@code search.semantic: false} searches as before;
 * vectors come from the cache on the next build; folder weights reorder articles on one subject.
 */
class SemanticSearchTest {
    private static final SearchSettings SEMANTIC = new SearchSettings(true, Map.of());
    private static final SearchSettings LEXICAL = new SearchSettings(false, Map.of());

    @TempDir
    Path dir;

    static List<Article> library() {
        List<Article> articles = new java.util.ArrayList<>(FixtureArticles.all());
        articles.add(anArticle().slug("muscle-cramps").title("Muscle cramps").type(ArticleType.SYMPTOM)
                .summary("A sudden, painful tightening of a muscle, often in the calf, that can last from seconds to minutes.")
                .topics("bones-muscles")
                .section("Causes", "Overuse, dehydration and long hours in one position can bring on a cramp.")
                .build());
        articles.add(anArticle().slug("paresthesia").title("Paresthesia").type(ArticleType.SYMPTOM)
                .summary("A tingling, prickling or numb feeling in the skin, most often of the hands, arms, legs or feet.")
                .topics("brain-nerves")
                .section("Causes", "Pressure on a nerve, as when one sits on a leg, or damage to nerves from diabetes.")
                .build());
        return articles;
    }

    private SearchService open(Path index, List<Article> articles, SearchSettings settings, Embedders.Counting embedder)
            throws IOException {
        ArticleIndexer.writeAtomically(articles, Synonyms.none(), index,
                IndexOptions.of(settings, embedder, dir.resolve("cache")));
        return SearchService.open(index, Optional.of(embedder));
    }

    private static List<String> slugs(SearchService search, String query) throws IOException {
        return slugs(search, new SearchRequest(query, Optional.empty(), Optional.empty(), 1, 10));
    }

    private static List<String> slugs(SearchService search, SearchRequest request) throws IOException {
        return search.search(request).hits().stream().map(SearchHit::slug).toList();
    }

    @Test
    void aLayQueryWithNoWordInCommonFindsTheArticleOnlyWhenSemantic() throws IOException {
        try (SearchService semantic = open(dir.resolve("semantic"), library(), SEMANTIC, new Embedders.Counting());
             SearchService lexical = open(dir.resolve("lexical"), library(), LEXICAL, new Embedders.Counting())) {
            assertThat(slugs(lexical, "charley horse")).doesNotContain("muscle-cramps");
            assertThat(slugs(semantic, "charley horse")).first().isEqualTo("muscle-cramps");
            assertThat(slugs(lexical, "pins and needles")).doesNotContain("paresthesia");
            assertThat(slugs(semantic, "pins and needles")).first().isEqualTo("paresthesia");
        }
    }

    @Test
    void filtersFacetsTotalAndSnippetsApplyToTheHybridResult() throws IOException {
        try (SearchService search = open(dir.resolve("index"), library(), SEMANTIC, new Embedders.Counting())) {
            SearchResponse all = search.search(new SearchRequest("charley horse", Optional.empty(), Optional.empty(), 1, 10));
            assertThat(all.total()).isEqualTo(all.hits().size());
            assertThat(all.facets().type().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) all.total());
            assertThat(all.hits().get(0).snippet()).contains("painful tightening");

            SearchResponse symptoms = search.search(new SearchRequest("charley horse", Optional.of("symptom"), Optional.empty(), 1, 10));
            assertThat(symptoms.hits()).allMatch(hit -> hit.type().equals("symptom"));
            assertThat(symptoms.total()).isEqualTo(all.facets().type().get("symptom").longValue());
            assertThat(slugs(search, new SearchRequest("charley horse", Optional.of("drug"), Optional.empty(), 1, 10)))
                    .doesNotContain("muscle-cramps");
        }
    }

    @Test
    void nonsenseFindsNothingByMeaning() throws IOException {
        try (SearchService search = open(dir.resolve("index"), library(), SEMANTIC, new Embedders.Counting())) {
            assertThat(slugs(search, "qwxz plover")).isEmpty();
        }
    }

    @Test
    void semanticOffSearchesExactlyAsAnIndexWithoutOptions() throws IOException {
        Embedders.Counting embedder = new Embedders.Counting();
        try (SearchService off = open(dir.resolve("off"), library(), LEXICAL, embedder);
             SearchService plain = TestIndexesOpen.plain(dir.resolve("plain"), library())) {
            for (String query : List.of("heart attack", "alzhiemers", "what causes migraines", "charley horse", "tingling")) {
                SearchRequest request = new SearchRequest(query, Optional.empty(), Optional.empty(), 1, 10);
                assertThat(off.search(request)).isEqualTo(plain.search(request));
            }
        }
        assertThat(embedder.count()).as("texts embedded with semantic search off").isZero();
    }

    @Test
    void theNextBuildTakesUnchangedArticlesVectorsFromTheCache() throws IOException {
        Embedders.Counting first = new Embedders.Counting();
        open(dir.resolve("first"), library(), SEMANTIC, first).close();
        assertThat(first.count()).isEqualTo(library().size());

        Embedders.Counting second = new Embedders.Counting();
        List<Article> edited = new java.util.ArrayList<>(library());
        edited.set(0, anArticle().slug("heart-attack").title("Heart attack").summary("Blood flow to the heart is blocked.").build());
        open(dir.resolve("second"), edited, SEMANTIC, second).close();
        assertThat(second.count()).as("only the edited article is embedded again").isEqualTo(1);
    }

    @Test
    void folderWeightsReorderArticlesOnTheSameSubject() throws IOException {
        List<Article> twoSources = List.of(
                anArticle().slug("gout-genetics").file("articles/ghr/gout-genetics.md").title("Gout")
                        .summary("Gout is a form of arthritis with sudden attacks of joint pain.").build(),
                anArticle().slug("gout").file("articles/mplushealthtopics/gout.md").title("Gout")
                        .summary("Gout is a form of arthritis with sudden attacks of joint pain and swelling.").build());
        for (SearchSettings settings : List.of(LEXICAL, SEMANTIC)) {
            SearchSettings unweighted = new SearchSettings(settings.semantic(), Map.of("ghr", 1.0));
            SearchSettings weighted = new SearchSettings(settings.semantic(), Map.of("ghr", 0.5, "mplushealthtopics", 1.5));
            try (SearchService before = open(dir.resolve("before-" + settings.semantic()), twoSources, unweighted, new Embedders.Counting());
                 SearchService after = open(dir.resolve("after-" + settings.semantic()), twoSources, weighted, new Embedders.Counting())) {
                assertThat(slugs(before, "gout")).as("semantic %s", settings.semantic()).first().isEqualTo("gout-genetics");
                assertThat(slugs(after, "gout")).as("semantic %s", settings.semantic()).containsExactly("gout", "gout-genetics");
            }
        }
    }

    /** An index written by the API of before semantic search. */
    private static final class TestIndexesOpen {
        static SearchService plain(Path index, List<Article> articles) throws IOException {
            ArticleIndexer.writeAtomically(articles, Synonyms.none(), index);
            return SearchService.open(index);
        }
    }
}
