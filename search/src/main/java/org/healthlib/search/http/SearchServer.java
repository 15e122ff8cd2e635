package org.healthlib.search.http;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.healthlib.search.query.SearchService;

/**
 * The embedded web server of {@code healthlib serve} and {@code healthlib search-server}: the
 * search API ({@code /api/search}, {@code /api/suggest}) over a {@link SearchService},
 * {@code /healthz}, and the static site from a folder when there is one. Jetty 12 core handlers,
 * no servlets, in this order:
 * <pre>
 * graceful stop → security headers → CORS (when an origin is allowed) → rate limit (/api/)
 *   → /healthz, /api/, the site's files, 404
 * </pre>
 */
public final class SearchServer implements AutoCloseable {
    /** How long a stop waits for requests in progress to finish. */
    static final long STOP_TIMEOUT_MILLIS = 5_000;
    /** Room for a pasted 10,000-character query in the URL; the search cuts it to 500. */
    private static final int REQUEST_HEADER_BYTES = 64 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final GracefulHandler graceful;

    private SearchServer(Server server, ServerConnector connector, GracefulHandler graceful) {
        this.server = server;
        this.connector = connector;
        this.graceful = graceful;
    }

    /** A preview's server ({@link ServerOptions#preview}) whose rebuilds are not reported. */
    public static SearchServer start(SearchService search, Path siteDir, String host, int port) throws IOException {
        return start(search, ServerOptions.preview(host, port, siteDir, new BuildStatus()));
    }

    /**
     * {@code healthlib serve}'s server: see {@link ServerOptions#preview}.
     *
     * @param status written by whoever rebuilds the site and index; the pages are told of it
     */
    public static SearchServer start(SearchService search, BuildStatus status, Path siteDir, String host, int port)
            throws IOException {
        return start(search, ServerOptions.preview(host, port, siteDir, status));
    }

    /**
     * Starts serving; port 0 picks a free port (see {@link #port()}).
     *
     * @throws IOException when the address cannot be bound
     */
    public static SearchServer start(SearchService search, ServerOptions options) throws IOException {
        Objects.requireNonNull(search, "search");
        Server server = new Server();
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        server.setStopAtShutdown(false);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        http.setSendServerVersion(false);
        if (options.forwarded()) {
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        server.addConnector(connector);
        GracefulHandler graceful = new GracefulHandler(handlers(server, search, options));
        server.setHandler(graceful);
        server.setErrorHandler(SecurityHeaders.errorPages());
        options.accessLog().ifPresent(lines -> server.setRequestLog(AccessLog.to(lines)));
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw new IOException("cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("the web server did not start: " + e.getMessage(), e);
        }
        return new SearchServer(server, connector, graceful);
    }

    private static Handler handlers(Server server, SearchService search, ServerOptions options) throws IOException {
        List<Handler> endpoints = new ArrayList<>();
        endpoints.add(new HealthHandler(search));
        endpoints.add(new ApiHandler(search, options.preview()));
        if (options.site().isPresent()) {
            SiteFiles files = SiteFiles.of(server, options.site().get());
            endpoints.add(options.preview().isPresent() ? FreshFiles.around(files) : files);
        }
        endpoints.add(new NotFoundHandler(options.site()));
        Handler handler = new Handler.Sequence(endpoints);
        if (options.rateLimit().enabled()) {
            handler = new RateLimitHandler(new RateLimiter(options.rateLimit(), System::nanoTime), handler);
        }
        if (options.allowOrigin().isPresent()) {
            handler = CorsHandler.allowing(options.allowOrigin().get(), handler);
        }
        return new SecurityHeaders(handler);
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

    /** Requests being answered now. */
    long requestsInProgress() {
        return graceful.getCurrentRequestCount();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Stops accepting connections and lets requests in progress finish, for
     * {@value #STOP_TIMEOUT_MILLIS} ms at most; requests that arrive on open connections meanwhile
     * get a 503.
     */
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
