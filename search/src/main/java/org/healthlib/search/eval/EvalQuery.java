package org.healthlib.search.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One evaluation query from a {@code qid<TAB>text} file. */
public record EvalQuery(String id, String text) {

    public static List<EvalQuery> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** @throws IllegalArgumentException naming the line when one has no tab */
    public static List<EvalQuery> parse(List<String> lines, String source) {
        List<EvalQuery> queries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": error: expected 'qid<TAB>query'");
            }
            queries.add(new EvalQuery(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
        }
        return List.copyOf(queries);
    }
}
