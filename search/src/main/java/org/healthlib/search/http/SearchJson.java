package org.healthlib.search.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.healthlib.search.query.SearchHit;
import org.healthlib.search.query.SearchResponse;
import org.healthlib.search.query.Suggestion;

/**
 * The JSON of the search API, shared by the HTTP handlers and {@code healthlib search --json}:
 * <pre>
 * {"query", "total", "page", "hits": [{"slug", "title", "url", "summary", "snippet", "type",
 *  "topics", "reviewed"}], "facets": {"type": {...}, "topic": {...}}, "suggestion"}
 * {"suggestions": [{"title", "url"}]}
 * {"version", "rebuilds", "published", "problems": [{"file", "line", "column", "message"}]}
 * {"error": "..."}
 * </pre>
 */
public final class SearchJson {
    private static final ObjectMapper MAPPER = mapper();

    private SearchJson() {
    }

    public static String search(SearchResponse response) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("query", response.query());
        root.put("total", response.total());
        root.put("page", response.page());
        ArrayNode hits = root.putArray("hits");
        response.hits().forEach(hit -> hits.add(hit(hit)));
        ObjectNode facets = root.putObject("facets");
        counts(facets.putObject("type"), response.facets().type());
        counts(facets.putObject("topic"), response.facets().topic());
        root.put("suggestion", response.suggestion().orElse(null));
        return write(root);
    }

    public static String suggestions(List<Suggestion> suggestions) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("suggestions");
        for (Suggestion suggestion : suggestions) {
            list.addObject().put("title", suggestion.title()).put("url", suggestion.url());
        }
        return write(root);
    }

    static String version(long version, BuildStatus.Snapshot built) {
        ObjectNode root = MAPPER.createObjectNode().put("version", version).put("rebuilds", built.rebuilds())
                .put("published", built.published());
        ArrayNode list = root.putArray("problems");
        for (BuildStatus.Problem problem : built.problems()) {
            list.addObject().put("file", problem.file()).put("line", problem.line()).put("column", problem.column())
                    .put("message", problem.message());
        }
        return write(root);
    }

    public static String error(String message) {
        return write(MAPPER.createObjectNode().put("error", message));
    }

    private static ObjectNode hit(SearchHit hit) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("slug", hit.slug());
        node.put("title", hit.title());
        node.put("url", hit.url());
        node.put("summary", hit.summary());
        node.put("snippet", hit.snippet());
        node.put("type", hit.type());
        ArrayNode topics = node.putArray("topics");
        hit.topics().forEach(topics::add);
        node.put("reviewed", hit.reviewed().orElse(null));
        return node;
    }

    private static void counts(ObjectNode node, Map<String, Integer> counts) {
        counts.forEach(node::put);
    }

    /** Writes {@code <}, {@code >} and {@code &} as {@code \\u003c}-style escapes, so no JSON text reads as markup. */
    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new MarkupEscapes());
        return mapper;
    }

    private static final class MarkupEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = markupEscapes();

        private static int[] markupEscapes() {
            int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
            return escapes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
