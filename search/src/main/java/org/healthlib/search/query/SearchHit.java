package org.healthlib.search.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article found.
 *
 * @param url      the article's root-relative URL on the served site, {@code /articles/{slug}/}
 * @param snippet  HTML: a passage of the body, escaped, with matches in {@code <mark>}; the escaped
 *                 summary when the body has no match
 * @param reviewed the last medical review, yyyy-mm-dd
 */
public record SearchHit(String slug, String title, String url, String summary, String snippet, String type,
                        List<String> topics, Optional<String> reviewed) {
    public SearchHit {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reviewed, "reviewed");
        topics = List.copyOf(topics);
    }
}
