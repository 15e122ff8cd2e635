package org.healthlib.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;

/** Names that contain what a reader is typing, one per article, titles before other names. */
final class Autocomplete {
    /** Longer input is cut: nobody types a 100-character article name. */
    static final int MAX_TYPED_CHARS = 100;
    static final int MAX_COUNT = 20;

    private Autocomplete() {
    }

    static List<Suggestion> suggest(AnalyzingInfixSuggester suggester, String typed, int count) throws IOException {
        String text = typed.length() > MAX_TYPED_CHARS ? typed.substring(0, MAX_TYPED_CHARS) : typed;
        int wanted = Math.max(1, Math.min(count, MAX_COUNT));
        if (text.isBlank() || suggester.getCount() == 0) {
            return List.of();
        }
        List<Lookup.LookupResult> found = suggester.lookup(text, wanted * 4, true, false);
        List<Suggestion> suggestions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Lookup.LookupResult result : found) {
            String[] payload = result.payload.utf8ToString().split("\n", 2);
            String url = "/" + payload[0];
            String title = payload[1];
            String name = result.key.toString();
            if (seen.add(url)) {
                suggestions.add(new Suggestion(name.equals(title) ? title : name + " (" + title + ")", url));
            }
            if (suggestions.size() == wanted) {
                break;
            }
        }
        return List.copyOf(suggestions);
    }
}
