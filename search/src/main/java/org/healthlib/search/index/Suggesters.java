package org.healthlib.search.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.Directory;

/** The one configuration of the autocomplete suggester, shared by the writer and the reader. */
public final class Suggesters {
    /** Suggestions start from the first letter typed. */
    private static final int MIN_PREFIX_CHARS = 1;

    private Suggesters() {
    }

    /**
     * An infix suggester over a directory: every word typed must match a word of the name, the
     * last one as a prefix ("alzh dis" finds "Alzheimer's disease").
     */
    public static NameSuggester open(Directory directory, Analyzer analyzer) throws IOException {
        return new NameSuggester(directory, analyzer, MIN_PREFIX_CHARS);
    }
}
