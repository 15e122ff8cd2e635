package org.healthlib.core.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links and images of a document with the file lines they start on: Markdown links, autolinks,
 * e-mail links, reference links (resolved through their definitions), images, and the
 * {@code <a href>} and {@code <img src>} tags of raw HTML. Notes on the way whether the document
 * holds any raw HTML at all.
 */
final class LinkCollector {

    private static final Pattern HTML_TAG = Pattern.compile("<(a|img)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = attribute("href");
    private static final Pattern SRC = attribute("src");
    private static final Pattern ALT = attribute("alt");

    private final Document document;
    private final int firstLine;
    private final List<Link> links = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private boolean rawHtml;

    private LinkCollector(Document document, int firstLine) {
        this.document = document;
        this.firstLine = firstLine;
    }

    static LinkCollector collect(Document document, int firstLine) {
        LinkCollector collector = new LinkCollector(document, firstLine);
        for (Node node : document.getDescendants()) {
            collector.visit(node);
        }
        return collector;
    }

    List<Link> links() {
        return links;
    }

    List<Image> images() {
        return images;
    }

    /** Whether the document has HTML blocks, inline HTML or HTML comments. */
    boolean hasRawHtml() {
        return rawHtml;
    }

    private void visit(Node node) {
        if (node instanceof com.vladsch.flexmark.ast.Link link) {
            links.add(new Link(destination(link.getUrl()), line(node.getStartOffset()), column(node.getStartOffset())));
        } else if (node instanceof AutoLink autoLink) {
            links.add(new Link(autoLinkDestination(autoLink), line(node.getStartOffset()), column(node.getStartOffset())));
        } else if (node instanceof MailLink mail) {
            links.add(new Link("mailto:" + mail.getText(), line(node.getStartOffset()), column(node.getStartOffset())));
        } else if (node instanceof LinkRef ref) {
            reference(ref).ifPresent(url -> links.add(new Link(url, line(node.getStartOffset()), column(node.getStartOffset()))));
        } else if (node instanceof com.vladsch.flexmark.ast.Image image) {
            images.add(new Image(destination(image.getUrl()), PlainText.inline(image), line(node.getStartOffset()),
                    column(node.getStartOffset())));
        } else if (node instanceof ImageRef ref) {
            reference(ref).ifPresent(url -> images.add(new Image(url, PlainText.inline(ref), line(node.getStartOffset()),
                    column(node.getStartOffset()))));
        } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
            rawHtml = true;
            rawHtmlLinks(node.getChars());
        } else if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase) {
            rawHtml = true;
        }
    }

    /** The destination of a reference link or image; none when its label has no definition. */
    private Optional<String> reference(RefNode ref) {
        Reference reference = ref.isDefined() ? ref.getReferenceNode(document) : null;
        return Optional.ofNullable(reference).map(r -> destination(r.getUrl()));
    }

    private void rawHtmlLinks(BasedSequence html) {
        Matcher tag = HTML_TAG.matcher(html);
        while (tag.find()) {
            int offset = html.getStartOffset() + tag.start();
            int line = line(offset);
            int column = column(offset);
            String text = tag.group();
            if (tag.group(1).equalsIgnoreCase("a")) {
                attributeValue(HREF, text).ifPresent(href -> links.add(new Link(href, line, column)));
            } else {
                String alt = attributeValue(ALT, text).orElse("");
                attributeValue(SRC, text).ifPresent(src -> images.add(new Image(src, alt, line, column)));
            }
        }
    }

    /** A bare "www." autolink points at http, as the rendered link does. */
    private static String autoLinkDestination(AutoLink autoLink) {
        String url = autoLink.getUrl().toString();
        return url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
    }

    private int line(int offset) {
        return firstLine + document.getLineNumber(offset);
    }

    /** The column of an offset, 1 for the first character of its line (body lines are the file's lines). */
    private int column(int offset) {
        BasedSequence text = document.getChars();
        int start = offset;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return offset - start + 1;
    }

    private static String destination(BasedSequence url) {
        return Escaping.unescapeString(url.toString());
    }

    private static Pattern attribute(String name) {
        return Pattern.compile("\\s" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))",
                Pattern.CASE_INSENSITIVE);
    }

    private static Optional<String> attributeValue(Pattern attribute, String tag) {
        Matcher matcher = attribute.matcher(tag);
        if (!matcher.find()) {
            return Optional.empty();
        }
        for (int group = 1; group <= 3; group++) {
            if (matcher.group(group) != null) {
                return Optional.of(Parser.unescapeEntities(matcher.group(group), true));
            }
        }
        return Optional.empty();
    }
}
