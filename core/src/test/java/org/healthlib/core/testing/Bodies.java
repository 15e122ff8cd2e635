package org.healthlib.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthlib.core.markdown.Heading;
import org.healthlib.core.markdown.Image;
import org.healthlib.core.markdown.Link;
import org.healthlib.core.markdown.ReadingLevel;
import org.healthlib.core.markdown.RenderedBody;

/**
 * Rendered bodies made by hand, as the Markdown renderer would give them: HTML, plain text with
 * each block on its own line, and the reading level of that text. No I/O.
 */
public final class Bodies {
    private Bodies() {
    }

    /** One paragraph. */
    public static RenderedBody paragraph(String text) {
        return body("<p>" + escape(text) + "</p>\n", text, List.of(), List.of(), List.of());
    }

    /** A level-2 heading followed by a paragraph; both are lines of the plain text. */
    public static RenderedBody section(String heading, String text) {
        String id = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String html = "<h2 id=\"" + id + "\">" + escape(heading) + "</h2>\n<p>" + escape(text) + "</p>\n";
        return body(html, heading + "\n" + text, List.of(new Heading(2, id, heading)), List.of(), List.of());
    }

    /** One paragraph holding a link written on {@code line} of the file, after "See " (column 5). */
    public static RenderedBody withLink(String destination, String text, int line) {
        String html = "<p>See <a href=\"" + destination + "\">" + escape(text) + "</a>.</p>\n";
        return body(html, "See " + text + ".", List.of(), List.of(new Link(destination, line, 5)), List.of());
    }

    /** One image written at the start of {@code line} of the file. */
    public static RenderedBody withImage(String source, String alt, int line) {
        String html = "<p><img src=\"" + source + "\" alt=\"" + escape(alt) + "\"></p>\n";
        return body(html, alt, List.of(), List.of(), List.of(new Image(source, alt, line, 1)));
    }

    /** {@code first} followed by {@code then}: the blocks of both, the plain text of {@code then} on new lines. */
    public static RenderedBody append(RenderedBody first, RenderedBody then) {
        String plainText = first.plainText().isEmpty() ? then.plainText() : first.plainText() + "\n" + then.plainText();
        return body(first.html() + then.html(), plainText, concat(first.headings(), then.headings()),
                concat(first.links(), then.links()), concat(first.images(), then.images()));
    }

    private static RenderedBody body(String html, String plainText, List<Heading> headings, List<Link> links,
                                     List<Image> images) {
        return new RenderedBody(html, plainText, headings, links, images, ReadingLevel.of(plainText));
    }

    private static <T> List<T> concat(List<T> first, List<T> then) {
        List<T> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
