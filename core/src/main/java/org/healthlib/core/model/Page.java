package org.healthlib.core.model;

import java.nio.file.Path;
import java.util.Objects;
import org.healthlib.core.markdown.RenderedBody;

/**
 * A stand-alone page from {@code pages/*.md} ("About the health library"), published at {@code {slug}/}.
 *
 * @param file the Markdown file, relative to the content folder
 * @param summary the page's {@code summary}, "" when it has none
 */
public record Page(Path file, String slug, String title, String summary, RenderedBody body) {
    public Page {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
    }

    public String path() {
        return SiteLayout.pagePath(slug);
    }
}
