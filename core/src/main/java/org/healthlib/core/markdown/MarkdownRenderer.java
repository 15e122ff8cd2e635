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

/**
 * Markdown to sanitized HTML with Flexmark (CommonMark plus tables, strikethrough, autolinks,
 * footnotes and heading ids). Built once per run and shared by the rendering threads: the
 * Flexmark parsers and renderer and the sanitizer's safelist are immutable after construction.
 *
 * <p>Flexmark escapes all text and attributes it writes, so its HTML can only carry something
 * unsafe through raw HTML or through a link or image URL with a foreign scheme
 * ({@code javascript:}, {@code data:}...). Only such bodies go through the sanitizer, which
 * keeps the common case (no raw HTML, which is almost every article) fast.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    /** The same parser without the autolink extension, for bodies that cannot hold a bare link. */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer htmlRenderer;
    private final boolean sanitizing;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    private MarkdownRenderer(DataHolder options, boolean sanitizing) {
        this.parser = Parser.builder(options).build();
        this.parserWithoutAutolinks = Parser.builder(withoutAutolinks(options)).build();
        this.htmlRenderer = HtmlRenderer.builder(options).build();
        this.sanitizing = sanitizing;
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
        return new MarkdownRenderer(options.toImmutable(), true);
    }

    /** Plain CommonMark: no extensions, no heading ids, raw HTML passed through (the spec's behaviour). */
    public static MarkdownRenderer commonMark() {
        return new MarkdownRenderer(commonMarkOptions().toImmutable(), false);
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
        Document document = (mayHoldBareLink(markdown) ? parser : parserWithoutAutolinks).parse(markdown);
        FootnoteOrder.numberByFirstReference(document);
        LinkCollector links = LinkCollector.collect(document, firstLine);
        // Rendering assigns the heading ids, so it comes before the headings are collected.
        String html = htmlRenderer.render(document);
        if (sanitizing && needsSanitizing(links)) {
            html = sanitizer.clean(html);
        }
        String plainText = PlainText.of(document);
        return new RenderedBody(html, plainText, HeadingCollector.collect(document), links.links(),
                links.images(), Words.count(plainText));
    }

    private static boolean needsSanitizing(LinkCollector links) {
        return links.hasRawHtml()
                || !links.links().stream().allMatch(link -> HtmlSanitizer.allowsLink(link.destination()))
                || !links.images().stream().allMatch(image -> HtmlSanitizer.allowsImage(image.source()));
    }

    /**
     * The autolink pass is two thirds of the parsing time, and a bare link needs "://", "www." or
     * (for an e-mail address) "@": bodies without them are parsed without it, with the same result.
     */
    private static boolean mayHoldBareLink(String markdown) {
        return markdown.contains("://") || markdown.indexOf('@') >= 0 || containsWww(markdown);
    }

    private static boolean containsWww(String markdown) {
        for (int dot = markdown.indexOf('.'); dot >= 0; dot = markdown.indexOf('.', dot + 1)) {
            if (dot >= 3 && markdown.regionMatches(true, dot - 3, "www.", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    private static DataHolder withoutAutolinks(DataHolder options) {
        MutableDataSet without = new MutableDataSet(options);
        without.set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(options).stream()
                .filter(extension -> !(extension instanceof AutolinkExtension))
                .toList());
        return without.toImmutable();
    }
}
