package org.healthlib.search.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the security headers on every response, pages, files, JSON and errors alike, before the
 * handlers below write anything.
 *
 * <p>The policy allows scripts, styles and connections from the site's own origin only: no inline
 * {@code <script>} or {@code style="..."}, no {@code javascript:} URL, no plug-in, no framing.
 * The theme keeps to this: its one script ({@code assets/search.js}, which also reloads previews)
 * and its style sheet are files, and its two {@code <script>} elements are JSON data blocks
 * ({@code application/ld+json}, {@code application/json}), which browsers never run and the
 * policy does not govern. Anything added to the theme or to {@code serve} must be a file too.
 */
public final class SecurityHeaders extends Handler.Wrapper {
    /** The site and its API from one origin; images may also be {@code data:} URLs. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    /** Addresses of pages read (search results, health topics) are not sent to other sites. */
    public static final String REFERRER_POLICY = "same-origin";

    public SecurityHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        add(response.getHeaders());
        return super.handle(request, response, callback);
    }

    /**
     * Jetty's error pages with the same headers: for requests refused before any handler runs
     * (a malformed or ambiguous URI such as {@code /../etc/passwd}, a header too large).
     */
    static ErrorHandler errorPages() {
        ErrorHandler errors = new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                add(response.getHeaders());
                return super.handle(request, response, callback);
            }
        };
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        return errors;
    }

    static void add(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("X-Frame-Options", "DENY");
    }
}
