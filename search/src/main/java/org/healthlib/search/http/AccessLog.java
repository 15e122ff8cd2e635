package org.healthlib.search.http;

import java.util.function.Consumer;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;

/**
 * One line per request in the common log format, followed by the time taken in milliseconds:
 * <pre>
 * 203.0.113.9 - - [01/Dec/2026:20:31:07 +0000] "GET /api/search HTTP/1.1" 200 2143 4
 * </pre>
 * The query string is left out: what readers search for on a health site is health information
 * about them, and the log keeps it beside their address.
 */
public final class AccessLog {
    /** Client, identity, user, time, method, path, protocol, status, bytes sent, milliseconds. */
    static final String FORMAT = "%{client}a - %u %t \"%m %U %H\" %s %O %{ms}T";

    private AccessLog() {
    }

    /** A log that hands each line to {@code lines}, on the thread that served the request. */
    public static RequestLog to(Consumer<String> lines) {
        return new CustomRequestLog(lines::accept, FORMAT);
    }
}
