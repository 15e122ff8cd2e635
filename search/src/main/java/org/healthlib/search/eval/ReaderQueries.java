package org.healthlib.search.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reader queries with the articles a reader would accept, {@code query<TAB>slug,slug} per line
 * (the form of {@code search/src/test/resources/relevance/queries.tsv}), read as judged queries:
 * the query is its own id and every acceptable article has grade 1.
 */
public final class ReaderQueries {
    private ReaderQueries() {
    }

    /** Queries and their judgments, ready for {@link Evaluator}. */
    public record Judged(List<EvalQuery> queries, Qrels qrels) {
        public Judged {
            queries = List.copyOf(queries);
        }
    }

    public static Judged read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** @throws IllegalArgumentException naming the line when one has no slugs or repeats a query */
    public static Judged parse(List<String> lines, String source) {
        List<EvalQuery> queries = new ArrayList<>();
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            String where = source + ":" + (i + 1) + ": error: ";
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException(where + "expected 'query<TAB>slug,slug', got \"" + line + "\"");
            }
            String query = parts[0].strip();
            if (grades.containsKey(query)) {
                throw new IllegalArgumentException(where + "the query \"" + query + "\" is already listed");
            }
            Map<String, Integer> acceptable = new LinkedHashMap<>();
            for (String slug : parts[1].split(",")) {
                acceptable.put(slug.strip(), 1);
            }
            queries.add(new EvalQuery(query, query));
            grades.put(query, acceptable);
        }
        return new Judged(queries, new Qrels(grades));
    }
}
