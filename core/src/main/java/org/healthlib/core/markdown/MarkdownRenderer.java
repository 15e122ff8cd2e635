package org.healthlib.core.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;
import java.util.Objects;

/**
 * Markdown to sanitized HTML with Flexmark (CommonMark plus tables, strikethrough, autolinks,
 * footnotes and heading ids). Built once per run and shared by the rendering threads: the
 * Flexmark parsers and renderer and the sanitizer's safelist are immutable after construction.
 *
 * <p>Flexmark escapes all text and attributes it writes, so its HTML can only carry something
 * unsafe through raw HTML or through a link or image URL with a foreign scheme
 * ({@code javascript:}, {@code data:}...). Only such bodies go through the sanitizer, which
 * keeps the common case (no raw HTML, which is almost every article) fast.
 *
 * <p>{@link #forChecking()} parses the same way but writes no HTML: checking a folder needs the
 * text, headings, links and images of each body, never its page, and the HTML writer is a third
 * of the time spent on a body.
 */
public final class MarkdownRenderer {

    private final Parsers parsers;
    private final HtmlRenderer htmlRenderer;
    private final DataHolder options;
    private final Output output;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** What {@link #render} writes besides the text: sanitized HTML, HTML as is, or none. */
    private enum Output { SANITIZED_HTML, RAW_HTML, NO_HTML }

    private MarkdownRenderer(DataHolder options, Output output) {
        this.parsers = new Parsers(options);
        this.htmlRenderer = HtmlRenderer.builder(options).build();
        this.options = options;
        this.output = output;
    }

    /** The site's renderer: CommonMark plus the extensions of the content format, HTML sanitized. */
    public static MarkdownRenderer forContent() {
        return new MarkdownRenderer(contentOptions(), Output.SANITIZED_HTML);
    }

    /**
     * The content format's parsing without the HTML: bodies have the same text, headings (with the
     * ids the HTML would give them), links, images and word count as {@link #forContent()}, and an
     * empty {@code html}. For checking a folder, where no page is written.
     */
    public static MarkdownRenderer forChecking() {
        return new MarkdownRenderer(contentOptions(), Output.NO_HTML);
    }

    private static DataHolder contentOptions() {
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
        return options.toImmutable();
    }

    /** Plain CommonMark: no extensions, no heading ids, raw HTML passed through (the spec's behaviour). */
    public static MarkdownRenderer commonMark() {
        return new MarkdownRenderer(commonMarkOptions().toImmutable(), Output.RAW_HTML);
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
        Document document = parsers.parse(markdown);
        FootnoteOrder.numberByFirstReference(document);
        LinkCollector links = LinkCollector.collect(document, firstLine);
        // Rendering assigns the heading ids, so it comes before the headings are collected.
        String html = html(document, links);
        String plainText = PlainText.of(document);
        return new RenderedBody(html, plainText, HeadingCollector.collect(document), links.links(),
                links.images(), ReadingLevel.of(plainText));
    }

    private String html(Document document, LinkCollector links) {
        if (output == Output.NO_HTML) {
            new HeaderIdGenerator(options).generateIds(document);
            return "";
        }
        String html = htmlRenderer.render(document);
        return output == Output.SANITIZED_HTML && needsSanitizing(links) ? sanitizer.clean(html) : html;
    }

    private static boolean needsSanitizing(LinkCollector links) {
        return links.hasRawHtml()
                || !links.links().stream().allMatch(link -> HtmlSanitizer.allowsLink(link.destination()))
                || !links.images().stream().allMatch(image -> HtmlSanitizer.allowsImage(image.source()));
    }
}
