package org.healthlib.search.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The site's files as they are on disk at each request. A preview rewrites a page within the
 * second it was served, which Jetty's defaults cannot tell: its content cache checks a file again
 * only once a second, and a page's Last-Modified time (to the second) and ETag (from that time and
 * the size) stay the same, so a browser's reload would get the page before the edit. Here nothing
 * is cached or mapped, the conditions of a request are dropped, and the answers say so
 * ({@code Cache-Control: no-cache}). Reading a page of a few kilobytes each time costs little.
 * In production ({@code search-server}) conditional requests are kept: a publish swaps the whole
 * folder, whose files then have new times.
 */
final class FreshFiles extends Handler.Wrapper {
    private FreshFiles(Handler files) {
        super(files);
    }

    /** The files of a preview's site ({@link SiteFiles}), read as they are at each request. */
    static FreshFiles around(SiteFiles files) {
        return new FreshFiles(files);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields headers = HttpFields.build(request.getHeaders())
                .remove(HttpHeader.IF_MODIFIED_SINCE).remove(HttpHeader.IF_NONE_MATCH)
                .remove(HttpHeader.IF_MATCH).remove(HttpHeader.IF_UNMODIFIED_SINCE).asImmutable();
        Request unconditional = new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return headers;
            }
        };
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        return super.handle(unconditional, response, callback);
    }
}
