package org.healthlib.core.markdown;

/** An outgoing link of a body, as written ({@code other.md}, {@code /articles/x/}, {@code https://...}), with its source line in the file. */
public record Link(String destination, int line) {
}
