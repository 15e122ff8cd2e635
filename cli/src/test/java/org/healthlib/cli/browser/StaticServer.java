package org.healthlib.cli.browser;

import java.net.URI;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;

/** A plain web server of a built site's files, as any host or CDN serves it: no search API under {@code /api/}. */
final class StaticServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    private StaticServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    static StaticServer start(Path site) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(server).newResource(site.toAbsolutePath()));
        files.setWelcomeFiles("index.html");
        files.setDirAllowed(false);
        server.setHandler(files);
        server.start();
        return new StaticServer(server, connector);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the static server did not stop", e);
        }
    }
}
