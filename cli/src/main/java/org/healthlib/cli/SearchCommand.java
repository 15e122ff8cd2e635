package org.healthlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.healthlib.search.http.SearchJson;
import org.healthlib.search.query.SearchHit;
import org.healthlib.search.query.SearchRequest;
import org.healthlib.search.query.SearchResponse;
import org.healthlib.search.query.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code healthlib search}: searches a built index, as readers would, for editors and scripts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index written by 'healthlib build' and print the ranked articles.")
final class SearchCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "target/search-index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = CacheFolder.DEFAULT,
            description = "Folder for the embedding model's native files, when the index has vectors "
                    + "(default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--json", description = "Print the JSON of the search API instead of a list.")
    boolean json;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only articles of this type (condition, drug, ...).")
    String type;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only articles of this topic.")
    String topic;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page of results (default: 1).")
    int page;

    @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Results per page, 1-50 (default: 10).")
    int size;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The words to search for.")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest request = new SearchRequest(String.join(" ", words), Optional.ofNullable(type),
                Optional.ofNullable(topic), page, size);
        SearchResponse response;
        try (SearchService search = SearchService.open(index, Optional.of(CacheFolder.in(cache).embedder()))) {
            response = search.search(request);
        }
        if (json) {
            out.println(SearchJson.search(response));
        } else {
            print(out, response);
        }
        return 0;
    }

    private static void print(PrintWriter out, SearchResponse response) {
        response.suggestion().ifPresent(text -> out.println("Did you mean: " + text));
        if (response.hits().isEmpty()) {
            out.println("No articles found for \"" + response.query() + "\".");
            return;
        }
        int rank = (response.page() - 1) * response.hits().size();
        for (SearchHit hit : response.hits()) {
            rank++;
            out.println(rank + ". " + hit.title() + "  " + hit.url());
            out.println("   " + plain(hit.snippet()));
        }
        out.println(DiagnosticPrinter.count(response.total(), "article") + " found; page " + response.page()
                + ".  type: " + facet(response.facets().type()) + "  topic: " + facet(response.facets().topic()));
    }

    private static String facet(Map<String, Integer> counts) {
        return counts.isEmpty() ? "-" : counts.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
    }

    /** A snippet as terminal text: marks dropped, entities decoded, on one line. */
    static String plain(String html) {
        return html.replace("<mark>", "").replace("</mark>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
