package org.healthlib.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.search.testing.Articles.anArticle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
        assertThat(TitleAbbreviation.of(anArticle("nph").title("Normal Pressure Hydrocephalus")
                .body("Many people develop NPH slowly.").build())).contains("NPH");
        assertThat(TitleAbbreviation.of(anArticle("lgmd").title("Limb-girdle muscular dystrophy")
                .summary("LGMD weakens the hip and shoulder muscles.").build())).contains("LGMD");
        assertThat(TitleAbbreviation.of(anArticle("ckd").title("Diseases of the Kidney, Chronic")
                .body("DKC is rare.").build())).contains("DKC");
    }

    @Test
    void nothingWhenTheArticleDoesNotUseItOrItIsTooShortOrAlreadyListed() {
        assertThat(TitleAbbreviation.of(anArticle("nph").title("Normal Pressure Hydrocephalus")
                .body("The pressure is normal; nph is not written in capitals.").build())).isEmpty();
        assertThat(TitleAbbreviation.of(anArticle("ct").title("CT Scans").body("A CS is not a CT.").build())).isEmpty();
        assertThat(TitleAbbreviation.of(anArticle("amd").title("Age-related macular degeneration")
                .alsoCalled("ARMD").body("ARMD affects central vision.").build())).isEmpty();
        assertThat(TitleAbbreviation.of(anArticle("nphs").title("Normal Pressure Hydrocephalus")
                .body("NPHS is another thing.").build())).isEmpty();
    }

    @Test
    void readersFindTheArticleByTheAbbreviation() throws IOException {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(List.of(
                anArticle("shunts").title("Shunts")
                        .body("A shunt drains fluid in NPH. After NPH surgery, NPH symptoms often improve.").build(),
                anArticle("normal-pressure-hydrocephalus").title("Normal Pressure Hydrocephalus")
                        .body("Fluid builds up in the brain of older adults; walking problems are often the first "
                                + "sign of NPH, followed by memory loss and trouble holding urine.").build()),
                Optional.empty(), index);
        try (SearchService search = SearchService.open(index)) {
            List<String> slugs = search.search(SearchRequest.of("nph")).hits().stream().map(SearchHit::slug).toList();
            assertThat(slugs).containsExactly("normal-pressure-hydrocephalus", "shunts");
        }
    }
}
