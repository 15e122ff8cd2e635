package org.healthlib.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code healthlib search}: not built yet. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Not built yet.")
final class SearchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("healthlib: 'search' is not built yet");
        return 2;
    }
}
