package org.healthlib.search.index;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The autocomplete suggester: an {@link AnalyzingInfixSuggester} whose entries carry their
 * article's slug as context, so that one article's names can be replaced without building the
 * whole suggester again (an edit of a title under {@code serve}).
 */
public final class NameSuggester extends AnalyzingInfixSuggester {
    private final Directory directory;
    private final Analyzer analyzer;

    NameSuggester(Directory directory, Analyzer analyzer, int minPrefixChars) throws IOException {
        super(directory, analyzer, analyzer, minPrefixChars, true, true, false);
        this.directory = directory;
        this.analyzer = analyzer;
    }

    /** The context under which an article's names are indexed. */
    static Set<BytesRef> context(String slug) {
        return Set.of(new BytesRef(slug));
    }

    /**
     * Replaces the names of the article {@code slug} with {@code names} (which may be of another
     * slug, when the names are of an article that replaced it) and commits.
     */
    void replace(String slug, NameSuggestions names) throws IOException {
        // The suggester opens its own writer on the first add; the deletion must come before it,
        // through a writer of the same configuration (the same index sort).
        try (IndexWriter deleter = new IndexWriter(directory,
                getIndexWriterConfig(analyzer, IndexWriterConfig.OpenMode.APPEND))) {
            deleter.deleteDocuments(new Term(CONTEXTS_FIELD_NAME, slug));
            deleter.commit();
        }
        for (BytesRef name = names.next(); name != null; name = names.next()) {
            add(name, names.contexts(), names.weight(), names.payload());
        }
        commit();
    }
}
