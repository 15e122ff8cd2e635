package org.healthlib.core.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Keeps the markup of an article and nothing that runs: no script, style, iframe, object, embed
 * or form, no {@code on*} attribute, and only http, https, mailto and tel links (plus relative
 * ones, kept exactly as written). The safelist is built once and only read afterwards.
 */
final class HtmlSanitizer {

    /** Only used to decide whether a relative URL is acceptable; relative URLs are never rewritten. */
    private static final String BASE_URI = "https://healthlib.invalid/";

    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

    private final Safelist safelist = articleSafelist();
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

    String clean(String html) {
        return Jsoup.clean(html, BASE_URI, safelist, output.clone());
    }

    private static Safelist articleSafelist() {
        Safelist safelist = new Safelist()
                .addTags("p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "del", "s", "ins",
                        "b", "i", "u", "mark", "small", "sup", "sub", "kbd", "cite", "q", "abbr", "span", "div",
                        "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "details", "summary",
                        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
                        "a", "img")
                .addTags(HEADINGS)
                .addAttributes("a", "href", "title", "id", "class")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("abbr", "title")
                .addAttributes("ol", "start", "type")
                .addAttributes("li", "id")
                .addAttributes("sup", "id", "class")
                .addAttributes("div", "class")
                .addAttributes("code", "class")
                .addAttributes("details", "open")
                .addAttributes("th", "align", "colspan", "rowspan")
                .addAttributes("td", "align", "colspan", "rowspan")
                .addAttributes("col", "span")
                .addAttributes("q", "cite")
                .addAttributes("blockquote", "cite")
                .addProtocols("a", "href", "http", "https", "mailto", "tel")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("q", "cite", "http", "https")
                .addProtocols("blockquote", "cite", "http", "https")
                .preserveRelativeLinks(true);
        for (String heading : HEADINGS) {
            safelist.addAttributes(heading, "id");
        }
        return safelist;
    }
}
