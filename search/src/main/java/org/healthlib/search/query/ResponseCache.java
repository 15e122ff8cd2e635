package org.healthlib.search.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of the latest searches of one index snapshot, by request: readers of a library ask
 * the same few hundred things most of the time ("diabetes", "high blood pressure"), and an answer
 * cannot change until the index does. Bounded, the least recently asked dropped first; it lives
 * and dies with its snapshot, so a reload starts it empty.
 */
final class ResponseCache {
    private final Map<SearchRequest, SearchResponse> answers;
    private final int capacity;

    ResponseCache(int capacity) {
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResponse> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<SearchResponse> get(SearchRequest request) {
        return Optional.ofNullable(answers.get(request));
    }

    synchronized void put(SearchRequest request, SearchResponse response) {
        if (capacity > 0) {
            answers.put(request, response);
        }
    }

    synchronized int size() {
        return answers.size();
    }
}
