package org.healthlib.core.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code search:} block of {@code site.yaml}: how the site's search ranks its articles.
 *
 * @param semantic      {@code search.semantic}, default true: rank by meaning as well as by words
 *                      (a small embedding model); false makes the search purely lexical
 * @param folderWeights {@code search.weights}: a weight per folder under {@code articles/}
 *                      ("genetics" or "reference/genes"), by which the scores of the articles
 *                      in it (and in its sub-folders) are multiplied; folders not listed weigh 1
 */
public record SearchSettings(boolean semantic, Map<String, Double> folderWeights) {

    /** Semantic search on, every folder weighing 1. */
    public static final SearchSettings DEFAULTS = new SearchSettings(true, Map.of());

    public SearchSettings {
        folderWeights = Map.copyOf(Objects.requireNonNull(folderWeights, "folderWeights"));
    }

    /**
     * The weight of an article: that of the deepest listed folder holding it, else 1.
     *
     * @param articleFile the article's file relative to the content folder ({@code articles/a/b.md})
     */
    public double weightOf(Path articleFile) {
        if (folderWeights.isEmpty()) {
            return 1;
        }
        Path folder = articleFile.getParent();
        while (folder != null && folder.getNameCount() > 1) {
            Double weight = folderWeights.get(folder.subpath(1, folder.getNameCount()).toString().replace('\\', '/'));
            if (weight != null) {
                return weight;
            }
            folder = folder.getParent();
        }
        return 1;
    }
}
