package org.healthlib.core.markdown;

/** A heading of an article body, for the table of contents; {@code id} is its anchor in the HTML. */
public record Heading(int level, String id, String text) {
}
