package org.healthlib.search.http;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.healthlib.search.query.SearchService;

/**
 * The embedded web server of {@code healthlib serve}: the static site from a folder, and the
 * search API ({@code /api/search}, {@code /api/suggest}) over a {@link SearchService}. Jetty 12
 * core handlers, no servlets.
 */
public final class SearchServer implements AutoCloseable {
    private static final long STOP_TIMEOUT_MILLIS = 5_000;
    /** Room for a pasted 10,000-character query in the URL; the search cuts it to 500. */
    private static final int REQUEST_HEADER_BYTES = 64 * 1024;

    private final Server server;
    private final ServerConnector connector;

    private SearchServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts serving; port 0 picks a free port (see {@link #port()}).
     *
     * @param siteDir the built site; may be replaced by a rebuild while serving
     * @throws IOException when the address cannot be bound
     */
    public static SearchServer start(SearchService search, Path siteDir, String host, int port) throws IOException {
        return start(search, new BuildStatus(), siteDir, host, port);
    }

    /**
     * Starts serving a preview, whose pages are told how its rebuilds went ({@code /api/version}).
     *
     * @param status written by whoever rebuilds the site and index
     * @throws IOException when the address cannot be bound
     */
    public static SearchServer start(SearchService search, BuildStatus status, Path siteDir, String host, int port)
            throws IOException {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(status, "status");
        Server server = new Server();
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        server.setStopAtShutdown(false);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Handler.Sequence(new ApiHandler(search, status), FreshFiles.of(server, siteDir),
                new NotFoundHandler(siteDir)));
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("the web server did not start: " + e.getMessage(), e);
        }
        return new SearchServer(server, connector);
    }

    /** The port listened on, useful after starting on port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://host:port/}. */
    public URI uri() {
        String host = connector.getHost() == null ? "localhost" : connector.getHost();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops accepting connections and lets requests in progress finish, for a few seconds at most. */
    public void stop() {
        stopQuietly(server);
    }

    @Override
    public void close() {
        stop();
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}
