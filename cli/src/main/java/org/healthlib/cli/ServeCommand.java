package org.healthlib.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code healthlib serve}: not built yet. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Not built yet.")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("healthlib: 'serve' is not built yet");
        return 2;
    }
}
