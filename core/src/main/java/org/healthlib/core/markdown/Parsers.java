package org.healthlib.core.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Parses each body with only the extensions its text can use. Every extension costs time on every
 * paragraph (the autolink pass alone is two thirds of a body's parsing), yet each needs a sign in
 * the text: a bare link "://", "www." or "@"; a table "|"; a footnote "[^"; strikethrough "~".
 * A body without the sign parses to the same document without the extension. One parser per
 * combination of extensions, built when first needed and shared by the threads.
 */
final class Parsers {

    private final DataHolder options;
    private final List<Extension> extensions;
    private final ConcurrentMap<Integer, Parser> byMask = new ConcurrentHashMap<>();

    Parsers(DataHolder options) {
        this.options = options;
        this.extensions = List.copyOf(Parser.EXTENSIONS.get(options));
    }

    Document parse(String markdown) {
        Signs signs = Signs.of(markdown);
        int mask = 0;
        for (int i = 0; i < extensions.size(); i++) {
            if (signs.allow(extensions.get(i))) {
                mask |= 1 << i;
            }
        }
        return byMask.computeIfAbsent(mask, this::parser).parse(markdown);
    }

    private Parser parser(int mask) {
        MutableDataSet chosen = new MutableDataSet(options);
        chosen.set(Parser.EXTENSIONS, extensions.stream()
                .filter(extension -> (mask & (1 << extensions.indexOf(extension))) != 0)
                .toList());
        return Parser.builder(chosen.toImmutable()).build();
    }

    /** Which extensions' signs a text has, found in one pass over its characters. */
    private record Signs(boolean bareLink, boolean table, boolean footnote, boolean strikethrough) {

        static Signs of(String markdown) {
            char[] text = markdown.toCharArray();
            boolean bareLink = false;
            boolean table = false;
            boolean footnote = false;
            boolean strikethrough = false;
            for (int i = 0; i < text.length; i++) {
                switch (text[i]) {
                    case '|' -> table = true;
                    case '~' -> strikethrough = true;
                    case '@' -> bareLink = true;
                    case '^' -> footnote |= i > 0 && text[i - 1] == '[';
                    case ':' -> bareLink |= i + 2 < text.length && text[i + 1] == '/' && text[i + 2] == '/';
                    case '.' -> bareLink |= i >= 3 && isW(text[i - 1]) && isW(text[i - 2]) && isW(text[i - 3]);
                    default -> { }
                }
            }
            return new Signs(bareLink, table, footnote, strikethrough);
        }

        private static boolean isW(char c) {
            return c == 'w' || c == 'W';
        }

        /** Whether the extension may apply; extensions without a known sign always do. */
        boolean allow(Extension extension) {
            if (extension instanceof AutolinkExtension) {
                return bareLink;
            } else if (extension instanceof TablesExtension) {
                return table;
            } else if (extension instanceof FootnoteExtension) {
                return footnote;
            } else if (extension instanceof StrikethroughExtension) {
                return strikethrough;
            }
            return true;
        }
    }
}
