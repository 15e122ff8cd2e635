package org.healthlib.core.diagnostics;

/**
 * A place in a file: 1-based line and column (columns count characters, not bytes).
 *
 * @param line   1-based line of the file
 * @param column 1-based column of the line
 */
public record Position(int line, int column) {

    /** Line 1, column 1: where problems about a file as a whole are reported. */
    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }
}
