package org.healthlib.search.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.healthlib.search.query.InvalidSearchRequest;
import org.healthlib.search.query.SearchRequest;
import org.healthlib.search.query.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/search}, {@code /api/suggest} and, in a preview, {@code /api/version} (which build
 * is served, see {@link VersionPoll}). Bad parameters get a 400 with
 * {@code {"error": "..."}}; anything else under {@code /api/} a JSON 404 or 405. Unknown
 * parameters are ignored; a query longer than {@link SearchRequest#MAX_QUERY_CHARS} is cut.
 * Searches and suggestions take turns through a {@link SearchGate}: a request that cannot start
 * within 5 s gets a 503 with {@code Retry-After}.
 */
final class ApiHandler extends Handler.Abstract {
    static final String SEARCH = "/api/search";
    static final String SUGGEST = "/api/suggest";
    static final String VERSION = "/api/version";
    static final int SUGGESTIONS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final SearchService search;
    private final Optional<BuildStatus> preview;
    private final SearchGate gate = SearchGate.forThisMachine();

    /** @param preview the rebuilds of a preview, which {@code /api/version} reports; empty in production */
    ApiHandler(SearchService search, Optional<BuildStatus> preview) {
        this.search = search;
        this.preview = preview;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            return false;
        }
        Reply reply;
        try {
            if (preview.isPresent() && path.equals(VERSION) && HttpMethod.GET.is(request.getMethod())) {
                Fields params = parameters(request);
                VersionPoll.answer(request, response, callback, search, preview.get(), optionalNumber(params, "after"),
                        optionalNumber(params, "rebuilds"));
                return true;
            }
            if (!gate.enter()) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
                send(response, new Reply(HttpStatus.SERVICE_UNAVAILABLE_503,
                        SearchJson.error("the search is busy; try again in a moment")), callback);
                return true;
            }
            try {
                reply = reply(request, path);
            } finally {
                gate.leave();
            }
        } catch (InvalidSearchRequest | BadParameter e) {
            reply = new Reply(HttpStatus.BAD_REQUEST_400, SearchJson.error(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("search request failed: {}", request.getHttpURI(), e);
            reply = new Reply(HttpStatus.INTERNAL_SERVER_ERROR_500, SearchJson.error("the search failed"));
        }
        send(response, reply, callback);
        return true;
    }

    record Reply(int status, String json) {
    }

    private Reply reply(Request request, String path) throws IOException {
        String method = request.getMethod();
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            return new Reply(HttpStatus.METHOD_NOT_ALLOWED_405, SearchJson.error("only GET is supported"));
        }
        Fields params = parameters(request);
        return switch (path) {
            case SEARCH -> new Reply(HttpStatus.OK_200, SearchJson.search(search.search(searchRequest(params))));
            case SUGGEST -> new Reply(HttpStatus.OK_200,
                    SearchJson.suggestions(search.suggest(first(params, "q").orElse(""), SUGGESTIONS)));
            default -> new Reply(HttpStatus.NOT_FOUND_404, SearchJson.error("no such API: " + path));
        };
    }

    static SearchRequest searchRequest(Fields params) {
        return new SearchRequest(first(params, "q").orElse(""),
                first(params, "type").filter(value -> !value.isBlank()),
                first(params, "topic").filter(value -> !value.isBlank()),
                number(params, "page", 1), number(params, "size", SearchRequest.DEFAULT_SIZE));
    }

    private static Fields parameters(Request request) {
        try {
            return Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new BadParameter("the query string is not valid UTF-8 URL encoding");
        }
    }

    private static Optional<String> first(Fields params, String name) {
        Fields.Field field = params.get(name);
        if (field == null) {
            return Optional.empty();
        }
        List<String> values = field.getValues();
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static int number(Fields params, String name, int fallback) {
        return optionalNumber(params, name).orElse(fallback);
    }

    private static OptionalInt optionalNumber(Fields params, String name) {
        Optional<String> value = first(params, name).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!value.get().matches("\\d{1,9}")) {
            throw new BadParameter(name + " must be a whole number, got \"" + abbreviate(value.get()) + "\"");
        }
        return OptionalInt.of(Integer.parseInt(value.get()));
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    static void send(Response response, Reply reply, Callback callback) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(reply.json().getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** A parameter that is not what the API expects. */
    static final class BadParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadParameter(String message) {
            super(message);
        }
    }
}
