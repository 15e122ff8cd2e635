package org.healthlib.search.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.healthlib.core.model.Article;

/**
 * Articles with what the index keeps of them beside their words: each one's vector (computed for
 * all of them at once, through the vector cache) and folder weight.
 */
final class ArticleFeatures {
    private final List<Article> articles;
    private final Optional<List<float[]>> vectors;
    private final IndexOptions options;

    private ArticleFeatures(List<Article> articles, Optional<List<float[]>> vectors, IndexOptions options) {
        this.articles = articles;
        this.vectors = vectors;
        this.options = options;
    }

    static ArticleFeatures of(List<Article> articles, IndexOptions options) throws IOException {
        Optional<List<float[]>> vectors = options.vectors().isPresent()
                ? Optional.of(options.vectors().get().of(articles)) : Optional.empty();
        return new ArticleFeatures(List.copyOf(articles), vectors, options);
    }

    int size() {
        return articles.size();
    }

    Document document(ArticleDocuments documents, int i) {
        Article article = articles.get(i);
        return documents.toDocument(article, vectors.map(all -> all.get(i)), options.weightOf(article));
    }

    /** What the commit records: the model of the vectors, when there are any. */
    Map<String, String> commitData() {
        return options.vectors().map(v -> Map.of(ArticleFields.EMBEDDING_MODEL, v.model())).orElse(Map.of());
    }
}
