package org.healthlib.search.query;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Slugged;

/**
 * One search: the reader's words, optional type and topic filters, and the page wanted.
 * Over-long text is cut to {@link #MAX_QUERY_CHARS} rather than refused.
 *
 * @param query the reader's words, never parsed as query syntax; may be blank (then only filters apply)
 * @param page  1-based, at most {@link #MAX_PAGE}
 * @param size  hits per page, 1 to {@link #MAX_SIZE}
 * @throws InvalidSearchRequest when the page, size, type or topic is out of range
 */
public record SearchRequest(String query, Optional<String> type, Optional<String> topic, int page, int size) {
    public static final int MAX_QUERY_CHARS = 500;
    public static final int MAX_PAGE = 1000;
    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_SIZE = 10;
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9-]{1,100}");

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        query = cut(query);
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidSearchRequest("page must be between 1 and " + MAX_PAGE + ", got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearchRequest("size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        if (type.isPresent() && Slugged.fromSlug(ArticleType.class, type.get()).isEmpty()) {
            throw new InvalidSearchRequest("unknown type '" + type.get() + "' (expected one of "
                    + String.join(", ", Slugged.slugs(ArticleType.class)) + ")");
        }
        if (topic.isPresent() && !TOPIC.matcher(topic.get()).matches()) {
            throw new InvalidSearchRequest("topic must be a topic slug (a-z, 0-9 and '-')");
        }
    }

    /** The text cut to {@link #MAX_QUERY_CHARS}, never between the two halves of a character such as an emoji. */
    private static String cut(String query) {
        if (query.length() <= MAX_QUERY_CHARS) {
            return query;
        }
        int end = Character.isHighSurrogate(query.charAt(MAX_QUERY_CHARS - 1)) ? MAX_QUERY_CHARS - 1 : MAX_QUERY_CHARS;
        return query.substring(0, end);
    }

    /** The first page of a search without filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Optional.empty(), Optional.empty(), 1, DEFAULT_SIZE);
    }

    public boolean hasFilters() {
        return type.isPresent() || topic.isPresent();
    }
}
