package org.healthlib.cli;

import java.nio.file.Path;
import org.healthlib.core.content.Library;
import org.healthlib.search.embedding.MiniLmEmbedder;
import org.healthlib.search.embedding.VectorCache;
import org.healthlib.search.index.IndexOptions;

/**
 * The folder where {@code build} and {@code serve} keep what they may reuse between runs ({@code --cache}):
 * the articles' vectors ({@code vectors/}) and the embedding model's native files ({@code native/}),
 * outside the site and index folders, which are replaced whole. The model is loaded on first use only.
 */
record CacheFolder(Path dir, MiniLmEmbedder embedder, VectorCache vectors) {
    static final String DEFAULT = "target/.healthlib-cache";

    static CacheFolder in(Path dir) {
        MiniLmEmbedder embedder = new MiniLmEmbedder(dir);
        return new CacheFolder(dir, embedder, new VectorCache(dir, embedder));
    }

    /** The index options of the library's {@code search:} settings: vectors when semantic, folder weights. */
    IndexOptions indexOptions(Library library) {
        return IndexOptions.of(library.config().search(), vectors);
    }
}
