package org.healthlib.search.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.model.Article;
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
        Optional<Path> file = Optional.empty();
        if (synonyms.isPresent()) {
            Files.createDirectories(dir);
            file = Optional.of(Files.writeString(dir.resolve("synonyms.txt"), synonyms.get()));
        }
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(articles, file, index);
        return SearchService.open(index);
    }
}
