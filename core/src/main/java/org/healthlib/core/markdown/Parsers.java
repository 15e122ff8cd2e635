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
        int mask = 0;
        for (int i = 0; i < extensions.size(); i++) {
            if (mayUse(extensions.get(i), markdown)) {
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

    /** Whether the text has the sign the extension needs; extensions without a known sign always apply. */
    private static boolean mayUse(Extension extension, String markdown) {
        if (extension instanceof AutolinkExtension) {
            return markdown.contains("://") || markdown.indexOf('@') >= 0 || containsWww(markdown);
        } else if (extension instanceof TablesExtension) {
            return markdown.indexOf('|') >= 0;
        } else if (extension instanceof FootnoteExtension) {
            return markdown.contains("[^");
        } else if (extension instanceof StrikethroughExtension) {
            return markdown.indexOf('~') >= 0;
        }
        return true;
    }

    private static boolean containsWww(String markdown) {
        for (int dot = markdown.indexOf('.'); dot >= 0; dot = markdown.indexOf('.', dot + 1)) {
            if (dot >= 3 && markdown.regionMatches(true, dot - 3, "www.", 0, 4)) {
                return true;
            }
        }
        return false;
    }
}
