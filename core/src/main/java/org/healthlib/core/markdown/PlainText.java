package org.healthlib.core.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import org.jsoup.Jsoup;

/**
 * The text of a Markdown document, without markup: each block (heading, paragraph, list item
 * paragraph, table row, code line) on its own line, whitespace inside a line collapsed to one
 * space. Images, footnote reference marks and raw HTML tags contribute no text; the text inside
 * raw HTML blocks does.
 */
final class PlainText {

    private final StringBuilder text;
    private final StringBuilder line = new StringBuilder(1024);
    private final boolean singleLine;
    private boolean pendingSpace;

    private PlainText(int capacity, boolean singleLine) {
        this.text = new StringBuilder(capacity);
        this.singleLine = singleLine;
    }

    static String of(Node document) {
        PlainText plain = new PlainText(document.getChars().length(), false);
        plain.blocks(document);
        return plain.text.toString();
    }

    /** The text of one block's inline content (a heading, an image's alt text), on one line. */
    static String inline(Node parent) {
        PlainText plain = new PlainText(0, true);
        plain.inlines(parent);
        return plain.line.toString();
    }

    private void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node);
        }
    }

    private void block(Node node) {
        if (node instanceof ThematicBreak || node instanceof Reference || node instanceof HtmlCommentBlock) {
            return;
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
            codeLines(((Block) node).getContentChars());
        } else if (node instanceof HtmlBlock) {
            append(Jsoup.parseBodyFragment(node.getChars().toString()).text());
        } else if (node instanceof TableBlock) {
            tableRows(node);
        } else if (hasBlockChildren(node) || !(node instanceof Block)) {
            blocks(node);
        } else {
            inlines(node);
        }
        endLine();
    }

    private void codeLines(CharSequence code) {
        int start = 0;
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                append(code.subSequence(start, i));
                endLine();
                start = i + 1;
            }
        }
        append(code.subSequence(start, code.length()));
    }

    private void tableRows(Node table) {
        for (Node node : table.getDescendants()) {
            if (node instanceof TableRow && !(node.getParent() instanceof TableSeparator)) {
                for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        inlines(cell);
                        pendingSpace = true;
                    }
                }
                endLine();
            }
        }
    }

    private void inlines(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text || node instanceof HtmlEntity) {
                append(unescape(string(node.getChars())));
            } else if (node instanceof Code code) {
                append(code.getText());
            } else if ((node instanceof AutoLink || node instanceof MailLink) && !node.hasChildren()) {
                append(((DelimitedLinkNode) node).getText());
            } else if (node instanceof SoftLineBreak || (node instanceof HardLineBreak && singleLine)) {
                pendingSpace = true;
            } else if (node instanceof HardLineBreak) {
                endLine();
            } else if (!(node instanceof Image || node instanceof ImageRef || node instanceof Footnote
                    || node instanceof HtmlInlineBase)) {
                inlines(node);
            }
        }
    }

    /** Appends to the current line, collapsing runs of whitespace to one space. */
    private void append(CharSequence chars) {
        String text = chars.toString();
        int length = text.length();
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || Characters.isWhitespace(text.charAt(i))) {
                if (i > start) {
                    if (pendingSpace && line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(text, start, i);
                    pendingSpace = false;
                }
                if (i < length) {
                    pendingSpace = true;
                }
                start = i + 1;
            }
        }
    }

    private void endLine() {
        if (line.length() > 0) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line);
            line.setLength(0);
        }
        pendingSpace = false;
    }

    /** A node's characters; a contiguous slice of the source is copied at once rather than char by char. */
    private static String string(BasedSequence chars) {
        return chars instanceof SubSequence && chars.getBase() instanceof String source
                ? source.substring(chars.getStartOffset(), chars.getEndOffset())
                : chars.toString();
    }

    private static String unescape(String chars) {
        return chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars : Escaping.unescapeString(chars);
    }

    private static boolean hasBlockChildren(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Block) {
                return true;
            }
        }
        return false;
    }
}
