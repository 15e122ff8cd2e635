package org.healthlib.search.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.content.SynonymsFile;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.Synonyms;
import org.healthlib.search.index.ArticleIndexer;
import org.healthlib.search.query.SearchService;

/** Writes an index of articles into a folder and opens it. */
public final class TestIndexes {
    private TestIndexes() {
    }

    public static SearchService open(Path dir, List<Article> articles) throws IOException {
        return open(dir, articles, Optional.empty());
    }

    /** With a {@code synonyms.txt} of the given lines. */
    public static SearchService open(Path dir, List<Article> articles, Optional<String> synonyms) throws IOException {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(articles, synonyms.map(TestIndexes::synonyms).orElse(Synonyms.none()), index);
        return SearchService.open(index);
    }

    /** Synonyms read from text, as core reads a {@code synonyms.txt}. */
    public static Synonyms synonyms(String text) {
        return SynonymsFile.read(SynonymsFile.NAME, text, new Diagnostics());
    }
}
