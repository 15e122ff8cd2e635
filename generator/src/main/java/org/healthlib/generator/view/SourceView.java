package org.healthlib.generator.view;

/**
 * A reference of an article's numbered source list.
 *
 * @param url       "" when the source has none
 * @param publisher "" when the source names none
 */
public record SourceView(String title, String url, String publisher, DateView accessed) {
}
