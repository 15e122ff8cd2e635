package org.healthlib.search.query;

/**
 * An autocomplete entry: the name that matched what was typed (the title, or "Other name (Title)"
 * for an also-called name) and the article's root-relative URL.
 */
public record Suggestion(String title, String url) {
}
