package org.healthlib.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns a failure that escapes a command into one line on stderr and exit code 2, never a stack
 * trace. Content problems never get here: commands report them as diagnostics.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine line, CommandLine.ParseResult parsed) {
        Throwable shown = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        line.getErr().println("healthlib: error: " + message);
        if (Boolean.getBoolean("healthlib.debug")) {
            shown.printStackTrace(line.getErr());
        }
        return 2;
    }
}
