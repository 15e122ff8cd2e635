package org.healthlib.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns a failure that escapes a command into one line on stderr and exit code 2, never a stack
 * trace. Content problems never get here: commands report them as diagnostics. A failure caused
 * by running out of heap is left to {@link Main}, which says what to set ({@link OutOfMemory}).
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine line, CommandLine.ParseResult parsed) {
        if (OutOfMemory.causedByOutOfMemory(ex)) {
            // A failure that only wraps running out of heap (a parallel stream's, Lucene's): Main says what to set.
            OutOfMemoryError error = new OutOfMemoryError(ex.getMessage());
            error.initCause(ex);
            throw error;
        }
        Throwable shown = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        line.getErr().println("healthlib: error: " + message);
        if (Boolean.getBoolean("healthlib.debug")) {
            shown.printStackTrace(line.getErr());
        }
        return 2;
    }
}
