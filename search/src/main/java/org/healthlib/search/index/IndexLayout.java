package org.healthlib.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * What an index folder holds: the article index, the autocomplete index, and the library's
 * {@code synonyms.txt} (copied so that query time needs nothing but this folder).
 */
public record IndexLayout(Path root) {
    public Path articles() {
        return root.resolve("articles");
    }

    public Path suggest() {
        return root.resolve("suggest");
    }

    public Path synonyms() {
        return root.resolve("synonyms.txt");
    }

    /** True when the folder holds a complete index, as written by {@link ArticleIndexer}. */
    public boolean exists() throws IOException {
        if (!Files.isDirectory(articles()) || !Files.isDirectory(suggest())) {
            return false;
        }
        try (FSDirectory dir = FSDirectory.open(articles())) {
            return DirectoryReader.indexExists(dir);
        }
    }
}
