package org.healthlib.core.diagnostics;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One content problem, located in a file. Lines and columns are 1-based; 0 means "the whole file"
 * (or the whole line) and is left out when printed.
 *
 * @param file the file, relative to the content folder
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message) {

    /** Orders diagnostics by file, then position, then message, so that output is stable. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> FilePaths.portable(d.file()))
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    public static Diagnostic error(Path file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message);
    }

    public static Diagnostic warning(Path file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, message);
    }

    public static Diagnostic error(Path file, Position at, String message) {
        return new Diagnostic(file, at.line(), at.column(), Severity.ERROR, message);
    }

    public static Diagnostic warning(Path file, Position at, String message) {
        return new Diagnostic(file, at.line(), at.column(), Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code articles/heart/afib.md:4:11: error: message}, with forward slashes on every platform. */
    public String format() {
        StringBuilder out = new StringBuilder(FilePaths.portable(file));
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity.label()).append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
