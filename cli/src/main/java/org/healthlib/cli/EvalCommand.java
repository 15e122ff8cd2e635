package org.healthlib.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code healthlib eval}: not built yet. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Not built yet.")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("healthlib: 'eval' is not built yet");
        return 2;
    }
}
