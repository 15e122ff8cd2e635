package org.healthlib.core.markdown;

/** An image of a body, with its alt text ("" when missing) and its source line in the file. */
public record Image(String source, String alt, int line) {
}
