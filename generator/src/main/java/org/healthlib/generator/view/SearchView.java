package org.healthlib.generator.view;

/**
 * The search page. Results come from the search API in the browser; the page carries the labels
 * of types and topics so the script can show names rather than slugs.
 *
 * @param labelsJson {@code {"type": {slug: label}, "topic": {slug: label}}}, escaped for a script element
 */
public record SearchView(String labelsJson) {
}
