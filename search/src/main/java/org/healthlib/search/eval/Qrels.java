package org.healthlib.search.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TREC relevance judgments, {@code qid 0 slug grade} per line: grade 0 is not relevant, higher
 * is better. Articles not listed for a query count as not relevant.
 */
public record Qrels(Map<String, Map<String, Integer>> grades) {
    public Qrels {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        grades.forEach((qid, byDoc) -> copy.put(qid, Collections.unmodifiableMap(new LinkedHashMap<>(byDoc))));
        grades = Collections.unmodifiableMap(copy);
    }

    public static Qrels read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * @param source the file name used in error messages
     * @throws IllegalArgumentException naming the line when one is not {@code qid iter doc grade}
     */
    public static Qrels parse(List<String> lines, String source) {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 4 || !parts[3].matches("-?\\d{1,3}")) {
                throw new IllegalArgumentException(source + ":" + (i + 1)
                        + ": error: expected 'qid 0 slug grade', got \"" + line + "\"");
            }
            grades.computeIfAbsent(parts[0], q -> new LinkedHashMap<>()).put(parts[2], Integer.parseInt(parts[3]));
        }
        return new Qrels(grades);
    }

    /** The grade of a document for a query, 0 when unjudged. */
    public int grade(String qid, String doc) {
        return grades.getOrDefault(qid, Map.of()).getOrDefault(doc, 0);
    }

    public Map<String, Integer> judged(String qid) {
        return grades.getOrDefault(qid, Map.of());
    }
}
