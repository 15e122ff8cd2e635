package org.healthlib.cli;

import picocli.CommandLine.Option;

/** Where a server listens: the options {@code serve} and {@code search-server} share. */
final class ListenOptions {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;
}
