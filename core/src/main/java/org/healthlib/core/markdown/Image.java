package org.healthlib.core.markdown;

/** An image of a body, with its alt text ("" when missing) and the line and column of the file it starts at. */
public record Image(String source, String alt, int line, int column) {
}
