package org.healthlib.search.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The last handler: the site's own {@code 404.html}, or a plain page when there is no site or it has none. */
final class NotFoundHandler extends Handler.Abstract.NonBlocking {
    private static final String PLAIN = "<!doctype html><title>Not found</title><h1>Page not found</h1>";
    private final Optional<Path> page;

    NotFoundHandler(Optional<Path> siteDir) {
        this.page = siteDir.map(dir -> dir.toAbsolutePath().normalize().resolve("404.html"));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        byte[] body;
        try {
            body = page.isPresent() && Files.isRegularFile(page.get())
                    ? Files.readAllBytes(page.get()) : PLAIN.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            body = PLAIN.getBytes(StandardCharsets.UTF_8);
        }
        response.setStatus(HttpStatus.NOT_FOUND_404);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
