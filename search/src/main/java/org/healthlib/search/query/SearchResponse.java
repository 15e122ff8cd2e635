package org.healthlib.search.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of results.
 *
 * @param query      the query as searched (after truncation)
 * @param total      how many articles match, over all pages
 * @param suggestion "did you mean" text from the index's vocabulary, when the query had unknown words
 *                   or found little
 */
public record SearchResponse(String query, long total, int page, List<SearchHit> hits, FacetCounts facets,
                             Optional<String> suggestion) {
    public SearchResponse {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(facets, "facets");
        Objects.requireNonNull(suggestion, "suggestion");
        hits = List.copyOf(hits);
    }

    static SearchResponse empty(SearchRequest request) {
        return new SearchResponse(request.query(), 0, request.page(), List.of(), FacetCounts.NONE, Optional.empty());
    }
}
