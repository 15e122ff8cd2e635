package org.healthlib.search.http;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a {@link SearchServer} serves.
 *
 * @param host         the address to listen on
 * @param port         0 picks a free port
 * @param site         the built site to serve beside the API, if any
 * @param preview      {@code healthlib serve}'s rebuilds: {@code /api/version} reports them (the pages
 *                     of a preview wait on it to reload after a rebuild, or to show its errors) and
 *                     the site's files are read fresh on every request; empty in production, where
 *                     pages would hold a connection each
 * @param allowOrigin  another origin whose pages may call the API from the browser (CORS)
 * @param rateLimit    API requests per client
 * @param forwarded    the client's address is taken from a proxy's {@code X-Forwarded-For}
 *                     ({@code Forwarded}); only for a server that nothing but the proxy can reach
 * @param accessLog    where the access log's lines go, if anywhere
 */
public record ServerOptions(String host, int port, Optional<Path> site, Optional<BuildStatus> preview,
                            Optional<String> allowOrigin, RateLimit rateLimit, boolean forwarded,
                            Optional<Consumer<String>> accessLog) {

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(accessLog, "accessLog");
        allowOrigin = allowOrigin.map(CorsHandler::origin);
    }

    /** {@code healthlib serve}: the site and the API with {@code /api/version}, no limits, no log. */
    public static ServerOptions preview(String host, int port, Path site, BuildStatus status) {
        return new ServerOptions(host, port, Optional.of(site), Optional.of(status), Optional.empty(), RateLimit.OFF,
                false, Optional.empty());
    }

    /** The API alone, without limits or log; add them with the {@code with} methods. */
    public static ServerOptions api(String host, int port) {
        return new ServerOptions(host, port, Optional.empty(), Optional.empty(), Optional.empty(), RateLimit.OFF,
                false, Optional.empty());
    }

    public ServerOptions withSite(Path folder) {
        return new ServerOptions(host, port, Optional.of(folder), preview, allowOrigin, rateLimit, forwarded, accessLog);
    }

    /** @throws IllegalArgumentException when {@code url} is not an http(s) origin */
    public ServerOptions withAllowOrigin(String url) {
        return new ServerOptions(host, port, site, preview, Optional.of(url), rateLimit, forwarded, accessLog);
    }

    /** @param perSecond requests per second and client; 0 turns the limit off */
    public ServerOptions withRateLimit(double perSecond, int burst) {
        return new ServerOptions(host, port, site, preview, allowOrigin, new RateLimit(perSecond, burst),
                forwarded, accessLog);
    }

    public ServerOptions withForwarded(boolean trusted) {
        return new ServerOptions(host, port, site, preview, allowOrigin, rateLimit, trusted, accessLog);
    }

    public ServerOptions withAccessLog(Consumer<String> lines) {
        return new ServerOptions(host, port, site, preview, allowOrigin, rateLimit, forwarded, Optional.of(lines));
    }
}
