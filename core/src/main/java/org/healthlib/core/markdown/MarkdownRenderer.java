package org.healthlib.core.markdown;

/**
 * Markdown to sanitized HTML with Flexmark (CommonMark plus tables, strikethrough, autolinks,
 * footnotes and heading ids). Built once per run and shared by the rendering threads.
 */
public final class MarkdownRenderer {

    /** The site's renderer: CommonMark plus the extensions of the content format. */
    public static MarkdownRenderer forContent() {
        return new MarkdownRenderer();
    }

    /**
     * Renders a body.
     *
     * @param markdown  the body, after the front matter
     * @param firstLine the line of the file the body starts on (1-based), so links carry file lines
     */
    public RenderedBody render(String markdown, int firstLine) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
