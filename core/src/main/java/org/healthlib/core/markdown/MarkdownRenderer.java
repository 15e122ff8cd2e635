package org.healthlib.core.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Markdown to sanitized HTML with Flexmark (CommonMark plus tables, strikethrough, autolinks,
 * footnotes and heading ids). Built once per run and shared by the rendering threads: the
 * Flexmark parser and renderer and the sanitizer's safelist are immutable after construction.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer htmlRenderer;
    private final UnaryOperator<String> sanitizer;

    private MarkdownRenderer(DataHolder options, UnaryOperator<String> sanitizer) {
        this.parser = Parser.builder(options).build();
        this.htmlRenderer = HtmlRenderer.builder(options).build();
        this.sanitizer = sanitizer;
    }

    /** The site's renderer: CommonMark plus the extensions of the content format, HTML sanitized. */
    public static MarkdownRenderer forContent() {
        MutableDataSet options = commonMarkOptions();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create()));
        // GitHub-style tables: no column spans, rows padded or cut to the header's width.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Heading ids: lower-case, dash-separated, "-1", "-2"... for repeated headings.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true);
        // U+FE0E keeps the back-reference arrow a text glyph rather than an emoji.
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "&#8617;&#xFE0E;");
        return new MarkdownRenderer(options.toImmutable(), new HtmlSanitizer()::clean);
    }

    /** Plain CommonMark: no extensions, no heading ids, raw HTML passed through (the spec's behaviour). */
    public static MarkdownRenderer commonMark() {
        return new MarkdownRenderer(commonMarkOptions().toImmutable(), UnaryOperator.identity());
    }

    private static MutableDataSet commonMarkOptions() {
        MutableDataSet options = new MutableDataSet();
        options.setFrom(ParserEmulationProfile.COMMONMARK);
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        return options;
    }

    /**
     * Renders a body.
     *
     * @param markdown  the body, after the front matter
     * @param firstLine the line of the file the body starts on (1-based), so links carry file lines
     */
    public RenderedBody render(String markdown, int firstLine) {
        Objects.requireNonNull(markdown, "markdown");
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be 1 or more, got " + firstLine);
        }
        Document document = parser.parse(markdown);
        // Rendering assigns the heading ids, so it comes before the headings are collected.
        String html = sanitizer.apply(htmlRenderer.render(document));
        String plainText = PlainText.of(document);
        LinkCollector links = LinkCollector.collect(document, firstLine);
        return new RenderedBody(html, plainText, HeadingCollector.collect(document), links.links(),
                links.images(), Words.count(plainText));
    }
}
