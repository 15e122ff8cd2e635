package org.healthlib.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    private static SearchResponse answer(String query) {
        return new SearchResponse(query, 1, 1, List.of(), FacetCounts.NONE, Optional.empty());
    }

    @Test
    void keepsTheLatestAskedAnswersUpToItsCapacity() {
        ResponseCache cache = new ResponseCache(2);
        cache.put(SearchRequest.of("acne"), answer("acne"));
        cache.put(SearchRequest.of("asthma"), answer("asthma"));
        assertThat(cache.get(SearchRequest.of("acne"))).hasValue(answer("acne"));

        cache.put(SearchRequest.of("gout"), answer("gout"));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(SearchRequest.of("asthma"))).isEmpty();
        assertThat(cache.get(SearchRequest.of("acne"))).isPresent();
        assertThat(cache.get(SearchRequest.of("gout"))).isPresent();
        assertThat(cache.get(new SearchRequest("gout", Optional.empty(), Optional.empty(), 2, 10))).isEmpty();
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        ResponseCache cache = new ResponseCache(0);
        cache.put(SearchRequest.of("acne"), answer("acne"));
        assertThat(cache.get(SearchRequest.of("acne"))).isEmpty();
    }
}
