package org.healthlib.cli;

import picocli.CommandLine;

/** The one entry point: parses the command line and exits with the command's code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(HealthlibCommand.commandLine().execute(args));
    }
}
