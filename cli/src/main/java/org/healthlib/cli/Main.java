package org.healthlib.cli;

import picocli.CommandLine;

/**
 * The one entry point: parses the command line and exits with the command's code. Running out of
 * heap, in the command or in any of its threads, ends it with one line saying what to set
 * ({@link OutOfMemory}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine line = HealthlibCommand.commandLine();
        OutOfMemory outOfMemory = new OutOfMemory(line, System.err);
        Thread.setDefaultUncaughtExceptionHandler(outOfMemory);
        int code;
        try {
            code = line.execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory.report();
        }
        System.exit(code);
    }
}
