package org.healthlib.search.http;

import java.io.IOException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.healthlib.search.query.SearchService;

/**
 * {@code GET /healthz}: {@code {"status": "ok", "articles": N, "version": N}} when the index
 * answers, for load balancers and container checks. {@code articles} shows which index a
 * replica serves after a publish; {@code version} counts the indexes it has loaded.
 */
final class HealthHandler extends Handler.Abstract {
    static final String PATH = "/healthz";

    private final SearchService search;

    HealthHandler(SearchService search) {
        this.search = search;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Request.getPathInContext(request).equals(PATH)) {
            return false;
        }
        ApiHandler.Reply reply;
        try {
            reply = new ApiHandler.Reply(HttpStatus.OK_200, SearchJson.health(search.articleCount(), search.version()));
        } catch (IOException | RuntimeException e) {
            reply = new ApiHandler.Reply(HttpStatus.SERVICE_UNAVAILABLE_503, SearchJson.error("the index does not answer"));
        }
        ApiHandler.send(response, reply, callback);
        return true;
    }
}
