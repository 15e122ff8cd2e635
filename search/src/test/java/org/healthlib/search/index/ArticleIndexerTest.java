package org.healthlib.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.healthlib.core.testing.Articles;
import org.healthlib.core.model.Synonyms;
import org.healthlib.search.query.IndexMissingException;
import org.healthlib.search.query.SearchRequest;
import org.healthlib.search.query.SearchService;
import org.healthlib.search.query.Suggestion;
import org.healthlib.search.testing.FixtureArticles;
import org.healthlib.search.testing.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexerTest {
    @TempDir
    Path dir;

    @Test
    void writesTheArticlesTheSuggesterAndTheSynonymsIntoTheFolder() throws IOException {
        Path index = dir.resolve("out/search-index");
        ArticleIndexer.IndexSummary summary = ArticleIndexer.writeAtomically(FixtureArticles.all(),
                TestIndexes.synonyms("zits, acne\n"), index);
        assertThat(summary.articles()).isEqualTo(FixtureArticles.all().size());
        IndexLayout layout = new IndexLayout(index);
        assertThat(layout.exists()).isTrue();
        assertThat(layout.synonyms()).hasContent("zits, acne");
        assertThat(siblings(index)).containsExactly("search-index");
    }

    @Test
    void replacesAnOldIndexWhole() throws IOException {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(FixtureArticles.all(), Synonyms.none(), index);
        ArticleIndexer.writeAtomically(List.of(Articles.anArticle().slug("only").title("Only article").build()),
                Synonyms.none(), index);
        try (SearchService search = SearchService.open(index)) {
            assertThat(search.search(SearchRequest.of("heart")).total()).isZero();
            assertThat(search.search(SearchRequest.of("only article")).total()).isEqualTo(1);
        }
        assertThat(siblings(index)).containsExactly("index");
    }

    @Test
    void aBadSynonymsFileLeavesTheOldIndexInPlace() throws IOException {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(FixtureArticles.all(), Synonyms.none(), index);
        assertThatThrownBy(() -> ArticleIndexer.writeAtomically(List.of(), TestIndexes.synonyms("acne, zits\nwhat, how\n"), index))
                .isInstanceOf(IOException.class)
                .hasMessage("synonyms that the search cannot use: synonyms.txt:2:1: error: 'what' is left out of every"
                        + " search (a word such as 'the' or 'what' is not searched), so it cannot be a synonym;"
                        + " remove it or write the words readers type");
        try (SearchService search = SearchService.open(index)) {
            assertThat(search.search(SearchRequest.of("heart attack")).total()).isPositive();
        }
        assertThat(siblings(index)).containsExactly("index");
    }

    @Test
    void anEditedArticlesNamesReplaceItsOldNamesInTheAutocompleteAndNoOthers() throws IOException {
        Path index = dir.resolve("index");
        var before = Articles.anArticle().slug("heart-attack").title("Heart attack").alsoCalled("Myocardial infarction");
        var other = Articles.anArticle().slug("heart-failure").title("Heart failure").alsoCalled("Cardiac failure");
        ArticleIndexer.writeAtomically(List.of(before.build(), other.build()), Synonyms.none(), index);

        ArticleIndexer.updateNames(index, before.build(),
                before.title("Heart attack (myocardial infarction)").alsoCalled("MI", "Cardiac arrest of the heart muscle").build());

        try (SearchService search = SearchService.open(index)) {
            assertThat(search.suggest("myoc", 8)).containsExactly(
                    new Suggestion("Heart attack (myocardial infarction)", "/articles/heart-attack/"));
            assertThat(search.suggest("cardiac", 8)).containsExactlyInAnyOrder(
                    new Suggestion("Cardiac failure (Heart failure)", "/articles/heart-failure/"),
                    new Suggestion("Cardiac arrest of the heart muscle (Heart attack (myocardial infarction))",
                            "/articles/heart-attack/"));
            assertThat(search.suggest("heart f", 8)).containsExactly(
                    new Suggestion("Heart failure", "/articles/heart-failure/"));
        }
    }

    @Test
    void anEmptyLibraryGivesAnEmptyButSearchableIndex() throws IOException {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(List.of(), Synonyms.none(), index);
        try (SearchService search = SearchService.open(index)) {
            assertThat(search.search(SearchRequest.of("heart")).hits()).isEmpty();
            assertThat(search.suggest("he", 5)).isEmpty();
        }
    }

    @Test
    void openingAFolderWithoutAnIndexSaysSo() {
        assertThatThrownBy(() -> SearchService.open(dir.resolve("nothing")))
                .isInstanceOf(IndexMissingException.class)
                .hasMessageEndingWith("nothing is not a search index (run 'healthlib build' to write one)");
    }

    private List<String> siblings(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index.getParent())) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
