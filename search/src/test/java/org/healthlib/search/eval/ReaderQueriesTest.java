package org.healthlib.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReaderQueriesTest {

    @Test
    void eachQueryIsItsOwnIdAndEveryAcceptableArticleHasGradeOne() {
        ReaderQueries.Judged judged = ReaderQueries.parse(List.of("# lay words", "zits\tacne", "",
                "heart attack\theart-attack, heart-attack-nhlbi"), "queries.tsv");

        assertThat(judged.queries()).containsExactly(new EvalQuery("zits", "zits"),
                new EvalQuery("heart attack", "heart attack"));
        assertThat(judged.qrels().judged("heart attack")).isEqualTo(Map.of("heart-attack", 1, "heart-attack-nhlbi", 1));
    }

    @Test
    void aLineWithoutSlugsOrARepeatedQueryIsRefusedWithItsLine() {
        assertThatThrownBy(() -> ReaderQueries.parse(List.of("zits"), "queries.tsv"))
                .hasMessage("queries.tsv:1: error: expected 'query<TAB>slug,slug', got \"zits\"");
        assertThatThrownBy(() -> ReaderQueries.parse(List.of("zits\tacne", "zits\tpimples"), "queries.tsv"))
                .hasMessage("queries.tsv:2: error: the query \"zits\" is already listed");
    }
}
