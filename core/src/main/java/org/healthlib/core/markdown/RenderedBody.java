package org.healthlib.core.markdown;

import java.util.List;
import java.util.Objects;

/**
 * What later stages need of a Markdown body: sanitized HTML, plain text for search, headings for a
 * table of contents, links and images with their source lines, and the reading level of the text
 * (with its word count).
 */
public record RenderedBody(String html, String plainText, List<Heading> headings, List<Link> links,
                           List<Image> images, ReadingLevel readingLevel) {
    public RenderedBody {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(readingLevel, "readingLevel");
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        images = List.copyOf(images);
    }

    public static RenderedBody empty() {
        return new RenderedBody("", "", List.of(), List.of(), List.of(), ReadingLevel.of(""));
    }

    /** Words of the text, as the reading level counts them. */
    public int wordCount() {
        return readingLevel.words();
    }
}
