package org.healthlib.core.markdown;

import org.jsoup.parser.Parser;

import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises HTML the way the CommonMark spec's own test script does before comparing: whitespace
 * around block tags dropped, other whitespace collapsed, tag names lower-cased, attributes sorted,
 * {@code <br />} written {@code <br>}, character references decoded and re-escaped in one way.
 * Comments, declarations and processing instructions are kept verbatim. Stricter than the spec's
 * script in one place: whitespace inside {@code <code>} is kept as well as inside {@code <pre>},
 * because a code span's spaces are part of its content.
 */
final class HtmlNormalizer {

    private static final Pattern TOKEN = Pattern.compile(
            "<!--.*?-->|<\\?.*?\\?>|<![A-Za-z][^>]*>|<!\\[CDATA\\[.*?]]>"
                    + "|<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[A-Za-z_:][-A-Za-z0-9_:.]*"
                    + "(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*(/?)>",
            Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Set<String> BLOCK_TAGS = Set.of("article", "header", "aside", "hgroup", "blockquote",
            "hr", "iframe", "body", "li", "map", "button", "object", "canvas", "ol", "output", "dl", "pre", "ul",
            "dd", "div", "noscript", "tbody", "fieldset", "p", "tfoot", "figcaption", "table", "caption",
            "figure", "tr", "form", "th", "thead", "td", "address", "section", "h1", "h2", "h3", "h4", "h5", "h6",
            "video", "footer", "audio");

    private enum Last { START_TAG, END_TAG, OTHER }

    private final StringBuilder out = new StringBuilder();
    private Last last = Last.START_TAG;
    private String lastTag = "";
    private boolean inPre;
    private int codeDepth;

    private HtmlNormalizer() {
    }

    static String normalize(String html) {
        HtmlNormalizer normalizer = new HtmlNormalizer();
        Matcher token = TOKEN.matcher(html);
        int position = 0;
        while (token.find()) {
            normalizer.data(html.substring(position, token.start()));
            normalizer.token(token);
            position = token.end();
        }
        normalizer.data(html.substring(position));
        return normalizer.out.toString().strip();
    }

    private void token(Matcher token) {
        if (token.group(2) == null) {
            out.append(token.group());
            last = Last.OTHER;
            return;
        }
        String tag = token.group(2).toLowerCase();
        if (token.group(1).isEmpty()) {
            boolean selfClosing = !token.group(4).isEmpty();
            startTag(tag, token.group(3), selfClosing);
            if (selfClosing) {
                last = Last.END_TAG;
            }
        } else {
            endTag(tag);
        }
    }

    private void startTag(String tag, String attributes, boolean selfClosing) {
        if (tag.equals("pre")) {
            inPre = true;
        } else if (tag.equals("code") && !selfClosing) {
            codeDepth++;
        }
        if (BLOCK_TAGS.contains(tag)) {
            stripTrailingWhitespace();
        }
        out.append('<').append(tag);
        TreeMap<String, String> sorted = new TreeMap<>();
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            sorted.putIfAbsent(attribute.group(1).toLowerCase(), attributeValue(attribute));
        }
        sorted.forEach((name, value) -> {
            out.append(' ').append(name);
            if (value != null) {
                out.append("=\"").append(escape(Parser.unescapeEntities(value, true))).append('"');
            }
        });
        out.append('>');
        lastTag = tag;
        last = Last.START_TAG;
    }

    private static String attributeValue(Matcher attribute) {
        for (int group = 2; group <= 4; group++) {
            if (attribute.group(group) != null) {
                return attribute.group(group);
            }
        }
        return null;
    }

    private void endTag(String tag) {
        if (tag.equals("pre")) {
            inPre = false;
        } else if (tag.equals("code")) {
            codeDepth = Math.max(0, codeDepth - 1);
        } else if (BLOCK_TAGS.contains(tag)) {
            stripTrailingWhitespace();
        }
        out.append("</").append(tag).append('>');
        lastTag = tag;
        last = Last.END_TAG;
    }

    private void data(String raw) {
        if (raw.isEmpty()) {
            return;
        }
        String data = Parser.unescapeEntities(raw, false);
        boolean afterTag = last != Last.OTHER;
        if (afterTag && lastTag.equals("br")) {
            data = data.replaceFirst("^\n+", "");
        }
        if (!inPre && codeDepth == 0) {
            data = data.replaceAll("\\s+", " ");
            if (afterTag && BLOCK_TAGS.contains(lastTag)) {
                data = last == Last.START_TAG ? data.stripLeading() : data.strip();
            }
        }
        out.append(escape(data));
        last = Last.OTHER;
    }

    private void stripTrailingWhitespace() {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
