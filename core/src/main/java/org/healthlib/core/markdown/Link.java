package org.healthlib.core.markdown;

/**
 * An outgoing link of a body, as written ({@code other.md}, {@code /articles/x/}, {@code https://...}),
 * with the line and column of the file it starts at.
 */
public record Link(String destination, int line, int column) {
}
