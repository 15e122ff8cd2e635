package org.healthlib.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code healthlib}: the top-level command; each sub-command is a small class of its own. */
@Command(name = "healthlib",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Build, check, search and serve a reviewed health library.",
        subcommands = {
            CheckCommand.class,
            BuildCommand.class,
            SearchCommand.class,
            EvalCommand.class,
            ServeCommand.class,
            NewCommand.class,
            ImportCommand.class,
            ReviewCommand.class,
            SearchServerCommand.class,
            CommandLine.HelpCommand.class
        })
public final class HealthlibCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new HealthlibCommand());
        line.setExecutionExceptionHandler(new UserErrorHandler());
        return line;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
