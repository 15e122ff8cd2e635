package org.healthlib.core.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the markup of an article and nothing that runs: no script, style, iframe, object, embed
 * or form, no {@code on*} attribute, and only http, https, mailto and tel links and http and https
 * images (plus relative ones, kept exactly as written). The safelist is built once and only read
 * afterwards, so one sanitizer serves all rendering threads.
 */
final class HtmlSanitizer {

    /** Only used to decide whether a relative URL is acceptable; relative URLs are never rewritten. */
    private static final String BASE_URI = "https://healthlib.invalid/";

    private static final String[] LINK_PROTOCOLS = {"http", "https", "mailto", "tel"};
    private static final String[] IMAGE_PROTOCOLS = {"http", "https"};
    private static final Set<String> LINK_SCHEMES = Set.of(LINK_PROTOCOLS);
    private static final Set<String> IMAGE_SCHEMES = Set.of(IMAGE_PROTOCOLS);
    /** A URL scheme, after browsers' removal of leading controls and spaces and of tabs and line breaks. */
    private static final Pattern SCHEME = Pattern.compile("^[\\x00-\\x20]*([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\t\\n\\r]");

    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

    private final Safelist safelist = articleSafelist();
    private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

    String clean(String html) {
        return Jsoup.clean(html, BASE_URI, safelist, output.clone());
    }

    /** Whether a link destination is relative or uses a scheme the sanitizer keeps. */
    static boolean allowsLink(String destination) {
        return allows(destination, LINK_SCHEMES);
    }

    /** Whether an image source is relative or uses a scheme the sanitizer keeps. */
    static boolean allowsImage(String source) {
        return allows(source, IMAGE_SCHEMES);
    }

    private static boolean allows(String url, Set<String> schemes) {
        Matcher scheme = SCHEME.matcher(IGNORED_BY_BROWSERS.matcher(url).replaceAll(""));
        return !scheme.find() || schemes.contains(scheme.group(1).toLowerCase(Locale.ROOT));
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
                .addProtocols("a", "href", LINK_PROTOCOLS)
                .addProtocols("img", "src", IMAGE_PROTOCOLS)
                .addProtocols("q", "cite", "http", "https")
                .addProtocols("blockquote", "cite", "http", "https")
                .preserveRelativeLinks(true);
        for (String heading : HEADINGS) {
            safelist.addAttributes(heading, "id");
        }
        return safelist;
    }
}
