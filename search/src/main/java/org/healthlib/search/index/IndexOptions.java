package org.healthlib.search.index;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.healthlib.core.config.SearchSettings;
import org.healthlib.core.model.Article;
import org.healthlib.search.embedding.TextEmbedder;
import org.healthlib.search.embedding.VectorCache;

/**
 * What an index holds beyond the words of its articles: their vectors, when the site's search is
 * semantic ({@code search.semantic}), and their folder weights ({@code search.weights}).
 *
 * @param settings the site's {@code search:} block
 * @param vectors  how the articles are embedded; empty for a lexical index
 */
public record IndexOptions(SearchSettings settings, Optional<ArticleVectors> vectors) {
    /** Words only, every article weighing 1: the index of a site with {@code search.semantic: false} and no weights. */
    public static final IndexOptions LEXICAL = new IndexOptions(new SearchSettings(false, Map.of()), Optional.empty());

    /**
     * The options of a site: vectors by {@code embedder}, cached in {@code cacheDir/vectors/}, when
     * its search is semantic. The embedder loads its model only if an article's vector is not cached.
     */
    public static IndexOptions of(SearchSettings settings, TextEmbedder embedder, Path cacheDir) {
        return of(settings, new VectorCache(cacheDir, embedder));
    }

    /** The options of a site, its vectors through {@code cache} (one kept for a whole {@code serve}). */
    public static IndexOptions of(SearchSettings settings, VectorCache cache) {
        Optional<ArticleVectors> vectors = settings.semantic()
                ? Optional.of(new ArticleVectors(cache.embedder(), cache))
                : Optional.empty();
        return new IndexOptions(settings, vectors);
    }

    /** The multiplier of the article's score. */
    public float weightOf(Article article) {
        return (float) settings.weightOf(article.file());
    }
}
