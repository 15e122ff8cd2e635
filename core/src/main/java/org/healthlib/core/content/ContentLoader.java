package org.healthlib.core.content;

import org.healthlib.core.markdown.MarkdownRenderer;

/**
 * Loads a content folder (see CONTENT-FORMAT.md): site.yaml, reviewers.yaml, articles, pages and
 * synonyms, collecting every problem as a diagnostic. Articles are parsed and rendered in parallel.
 */
public final class ContentLoader {
    private final MarkdownRenderer renderer;

    public ContentLoader(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    public LoadResult load(LoadOptions options) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
