package org.healthlib.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.core.testing.Articles.anArticle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.Synonyms;
import org.healthlib.search.query.SearchHit;
import org.healthlib.search.query.SearchRequest;
import org.healthlib.search.query.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleAbbreviationTest {
    @TempDir
    Path dir;

    @Test
    void theInitialsOfTheTitleWhenTheArticleWritesThem() {
        assertThat(abbreviationOf(anArticle().slug("nph").title("Normal Pressure Hydrocephalus")
                .paragraph("Many people develop NPH slowly.").build())).contains("NPH");
        assertThat(abbreviationOf(anArticle().slug("lgmd").title("Limb-girdle muscular dystrophy")
                .summary("LGMD weakens the hip and shoulder muscles.").build())).contains("LGMD");
        assertThat(abbreviationOf(anArticle().slug("ckd").title("Diseases of the Kidney, Chronic")
                .paragraph("DKC is rare.").build())).contains("DKC");
    }

    @Test
    void nothingWhenTheArticleDoesNotUseItOrItIsTooShortOrAlreadyListed() {
        assertThat(abbreviationOf(anArticle().slug("nph").title("Normal Pressure Hydrocephalus")
                .paragraph("The pressure is normal; nph is not written in capitals.").build())).isEmpty();
        assertThat(abbreviationOf(anArticle().slug("ct").title("CT Scans").paragraph("A CS is not a CT.").build())).isEmpty();
        assertThat(abbreviationOf(anArticle().slug("amd").title("Age-related macular degeneration")
                .alsoCalled("ARMD").paragraph("ARMD affects central vision.").build())).isEmpty();
        assertThat(abbreviationOf(anArticle().slug("nphs").title("Normal Pressure Hydrocephalus")
                .paragraph("NPHS is another thing.").build())).isEmpty();
    }

    /** As the index asks: with the body's text read once by the caller. */
    private static Optional<String> abbreviationOf(Article article) {
        return TitleAbbreviation.of(article, article.body().plainText());
    }

    @Test
    void theAbbreviationCountsOnlyAsAWholeWordInItsOwnCase() {
        assertThat(TitleAbbreviation.usedIn("NPH", "NPH")).isTrue();
        assertThat(TitleAbbreviation.usedIn("(NPH) is treated", "NPH")).isTrue();
        assertThat(TitleAbbreviation.usedIn("NPHS, then NPH.", "NPH")).isTrue();
        assertThat(TitleAbbreviation.usedIn("NPHS and XNPH and NPH2 and \u00c9NPH", "NPH")).isFalse();
        assertThat(TitleAbbreviation.usedIn("NPH\u00b2 and nph", "NPH")).isFalse();
        assertThat(TitleAbbreviation.usedIn("", "NPH")).isFalse();
    }

    @Test
    void readersFindTheArticleByTheAbbreviation() throws IOException {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(List.of(
                anArticle().slug("shunts").title("Shunts")
                        .paragraph("A shunt drains fluid in NPH. After NPH surgery, NPH symptoms often improve.").build(),
                anArticle().slug("normal-pressure-hydrocephalus").title("Normal Pressure Hydrocephalus")
                        .paragraph("Fluid builds up in the brain of older adults; walking problems are often the first "
                                + "sign of NPH, followed by memory loss and trouble holding urine.").build()),
                Synonyms.none(), index);
        try (SearchService search = SearchService.open(index)) {
            List<String> slugs = search.search(SearchRequest.of("nph")).hits().stream().map(SearchHit::slug).toList();
            assertThat(slugs).containsExactly("normal-pressure-hydrocephalus", "shunts");
        }
    }
}
