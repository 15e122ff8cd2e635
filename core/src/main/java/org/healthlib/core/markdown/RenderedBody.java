package org.healthlib.core.markdown;

import java.util.List;
import java.util.Objects;

/**
 * What later stages need of a Markdown body: sanitized HTML, plain text for search, headings for a
 * table of contents, links and images with their source lines, and the reading level of the text
 * (with its word count). The HTML and the text are kept as {@link BodyTexts}: as they are, or
 * deflated ({@link #packed()}) when a library's bodies would not fit in the heap otherwise.
 */
public record RenderedBody(BodyTexts texts, List<Heading> headings, List<Link> links, List<Image> images,
                           ReadingLevel readingLevel) {
    public RenderedBody {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(readingLevel, "readingLevel");
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        images = List.copyOf(images);
    }

    public RenderedBody(String html, String plainText, List<Heading> headings, List<Link> links, List<Image> images,
                        ReadingLevel readingLevel) {
        this(BodyTexts.of(html, plainText), headings, links, images, readingLevel);
    }

    public static RenderedBody empty() {
        return new RenderedBody("", "", List.of(), List.of(), List.of(), ReadingLevel.of(""));
    }

    /** The sanitized HTML of the body. */
    public String html() {
        return texts.html();
    }

    /** The body's text, for search. */
    public String plainText() {
        return texts.plainText();
    }

    /** The same body with its HTML and text deflated. */
    public RenderedBody packed() {
        return new RenderedBody(texts.deflated(), headings, links, images, readingLevel);
    }

    /** Words of the text, as the reading level counts them. */
    public int wordCount() {
        return readingLevel.words();
    }
}
