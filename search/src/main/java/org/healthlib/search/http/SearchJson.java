package org.healthlib.search.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthlib.core.json.Json;
import org.healthlib.search.query.SearchHit;
import org.healthlib.search.query.SearchResponse;
import org.healthlib.search.query.Suggestion;

/**
 * The JSON of the search API, shared by the HTTP handlers and {@code healthlib search --json}:
 * <pre>
 * {"query", "total", "page", "hits": [{"slug", "title", "url", "summary", "snippet", "type",
 *  "topics", "reviewed"}], "facets": {"type": {...}, "topic": {...}}, "suggestion"}
 * {"suggestions": [{"title", "url"}]}
 * {"version", "rebuilds", "published", "problems": [{"file", "line", "column", "message"}]}   (/api/version, a preview's)
 * {"status": "ok", "articles", "version"}      (/healthz)
 * {"error": "..."}
 * {"status": "ok", "articles", "version"}      (/healthz)
 * </pre>
 */
public final class SearchJson {
    private SearchJson() {
    }

    public static String search(SearchResponse response) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("query", response.query());
        root.put("total", response.total());
        root.put("page", response.page());
        root.put("hits", response.hits().stream().map(SearchJson::hit).toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("type", new LinkedHashMap<>(response.facets().type()));
        facets.put("topic", new LinkedHashMap<>(response.facets().topic()));
        root.put("facets", facets);
        root.put("suggestion", response.suggestion());
        return Json.write(root);
    }

    public static String suggestions(List<Suggestion> suggestions) {
        List<Map<String, Object>> list = suggestions.stream().map(suggestion -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", suggestion.title());
            item.put("url", suggestion.url());
            return item;
        }).toList();
        return Json.write(Map.of("suggestions", list));
    }

    static String version(long version, BuildStatus.Snapshot built) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", version);
        root.put("rebuilds", built.rebuilds());
        root.put("published", built.published());
        root.put("problems", built.problems().stream().map(problem -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", problem.file());
            item.put("line", problem.line());
            item.put("column", problem.column());
            item.put("message", problem.message());
            return item;
        }).toList());
        return Json.write(root);
    }

    public static String health(int articles, long version) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("status", "ok");
        root.put("articles", articles);
        root.put("version", version);
        return Json.write(root);
    }

    public static String error(String message) {
        return Json.write(Map.of("error", message));
    }

    private static Map<String, Object> hit(SearchHit hit) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("slug", hit.slug());
        node.put("title", hit.title());
        node.put("url", hit.url());
        node.put("summary", hit.summary());
        node.put("snippet", hit.snippet());
        node.put("type", hit.type());
        node.put("topics", hit.topics());
        node.put("reviewed", hit.reviewed());
        return node;
    }
}
