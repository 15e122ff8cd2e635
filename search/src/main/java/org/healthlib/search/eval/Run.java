package org.healthlib.search.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rankings of an evaluation, saved so that a later index can be compared with this one
 * ({@code eval --save-run}, then {@code eval --compare FILE}): one line per query,
 * {@code id<TAB>slug slug slug ...}, best first. Slugs have no spaces; an id (a reader query is its
 * own id) has no tab.
 */
public record Run(List<Ranking> rankings) {

    /** One query's ranked slugs. */
    public record Ranking(String queryId, List<String> slugs) {
        public Ranking {
            slugs = List.copyOf(slugs);
        }
    }

    public Run {
        rankings = List.copyOf(rankings);
    }

    /** The ranking of a query, empty when the run does not have it. */
    public List<String> ranked(String queryId) {
        return rankings.stream().filter(r -> r.queryId().equals(queryId)).findFirst().map(Ranking::slugs)
                .orElse(List.of());
    }

    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# healthlib eval run: query id<TAB>ranked slugs, best first");
        rankings.forEach(r -> lines.add(r.queryId() + "\t" + String.join(" ", r.slugs())));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public static Run read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** @throws IllegalArgumentException naming the line when one has no tab or repeats a query */
    public static Run parse(List<String> lines, String source) {
        Map<String, Ranking> rankings = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String where = source + ":" + (i + 1) + ": error: ";
            if (tab <= 0) {
                throw new IllegalArgumentException(where + "expected 'query id<TAB>slug slug ...'");
            }
            String id = line.substring(0, tab);
            String slugs = line.substring(tab + 1).strip();
            List<String> ranked = slugs.isEmpty() ? List.of() : Arrays.asList(slugs.split(" +"));
            if (rankings.put(id, new Ranking(id, ranked)) != null) {
                throw new IllegalArgumentException(where + "the query \"" + id + "\" is already listed");
            }
        }
        return new Run(new ArrayList<>(rankings.values()));
    }
}
