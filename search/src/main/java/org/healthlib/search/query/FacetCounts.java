package org.healthlib.search.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Article counts per type and per topic, most frequent first. A dimension that is filtered on
 * still counts its other values ("drill sideways"), so a reader can switch filters.
 */
public record FacetCounts(Map<String, Integer> type, Map<String, Integer> topic) {
    public static final FacetCounts NONE = new FacetCounts(Map.of(), Map.of());

    public FacetCounts {
        type = Collections.unmodifiableMap(new LinkedHashMap<>(type));
        topic = Collections.unmodifiableMap(new LinkedHashMap<>(topic));
    }
}
