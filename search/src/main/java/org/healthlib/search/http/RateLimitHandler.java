package org.healthlib.search.http;

import java.util.OptionalLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a client that asks the API more often than its {@link RateLimiter} allows with a 429,
 * {@code {"error": "..."}} and a {@code Retry-After} in seconds. Only {@code /api/} is limited:
 * one page view loads a few files, but a search box asks the API at most once per keystroke.
 * The client is the connection's address, or the proxy's {@code X-Forwarded-For} when the server
 * was told to trust it.
 */
final class RateLimitHandler extends Handler.Wrapper {
    private final RateLimiter limiter;

    RateLimitHandler(RateLimiter limiter, Handler handler) {
        super(handler);
        this.limiter = limiter;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (Request.getPathInContext(request).startsWith("/api/")) {
            OptionalLong wait = limiter.acquire(Request.getRemoteAddr(request));
            if (wait.isPresent()) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(wait.getAsLong()));
                ApiHandler.send(response, new ApiHandler.Reply(HttpStatus.TOO_MANY_REQUESTS_429,
                        SearchJson.error("too many requests; try again in " + wait.getAsLong() + " s")), callback);
                return true;
            }
        }
        return super.handle(request, response, callback);
    }
}
