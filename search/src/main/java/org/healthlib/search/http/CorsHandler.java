package org.healthlib.search.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.CrossOriginHandler;

/**
 * Lets the pages of one other origin (a site hosted on a CDN, say) call the API from the
 * browser: Jetty's {@link CrossOriginHandler} allowing that origin, {@code GET} and
 * {@code HEAD}, no credentials. Other origins get no CORS headers, so browsers keep their
 * pages from reading the answers.
 */
final class CorsHandler {
    private CorsHandler() {
    }

    static Handler.Wrapper allowing(String origin, Handler handler) {
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(Set.of(Pattern.quote(origin)));
        cors.setAllowedMethods(Set.of("GET", "HEAD"));
        cors.setAllowedHeaders(Set.of("Accept"));
        cors.setAllowCredentials(false);
        cors.setPreflightMaxAge(Duration.ofDays(1));
        cors.setHandler(handler);
        return cors;
    }

    /**
     * The origin of a URL as browsers send it ({@code https://health.example.org}).
     *
     * @throws IllegalArgumentException when it is not an http(s) origin, with the reason
     */
    static String origin(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' is not an origin (expected https://host or https://host:port)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("'" + url + "' is not an origin: leave out the path (expected "
                    + scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + ")");
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
