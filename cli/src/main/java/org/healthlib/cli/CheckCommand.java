package org.healthlib.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code healthlib check}: not built yet. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Not built yet.")
final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("healthlib: 'check' is not built yet");
        return 2;
    }
}
