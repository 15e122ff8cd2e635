package org.healthlib.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code healthlib build}: not built yet. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Not built yet.")
final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("healthlib: 'build' is not built yet");
        return 2;
    }
}
