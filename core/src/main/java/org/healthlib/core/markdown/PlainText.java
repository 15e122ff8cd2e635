package org.healthlib.core.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a Markdown document, without markup: each block (heading, paragraph, list item
 * paragraph, table row, code line) on its own line, whitespace inside a line collapsed.
 * Images, footnote reference marks and raw HTML tags contribute no text.
 */
final class PlainText {

    private final List<String> lines = new ArrayList<>();

    private PlainText() {
    }

    static String of(Node document) {
        PlainText text = new PlainText();
        text.blocks(document);
        return String.join("\n", text.lines);
    }

    /** The text of one block's inline content, on one line. */
    static String inline(Node block) {
        StringBuilder out = new StringBuilder();
        appendInline(block, out);
        return collapse(out);
    }

    private void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node);
        }
    }

    private void block(Node node) {
        if (node instanceof ThematicBreak || node instanceof Reference || node instanceof HtmlCommentBlock
) {
            return;
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
            addLines(((Block) node).getContentChars().toString());
        } else if (node instanceof HtmlBlock) {
            addLine(Jsoup.parseBodyFragment(node.getChars().toString()).text());
        } else if (node instanceof TableBlock) {
            tableRows(node);
        } else if (hasBlockChildren(node) || !(node instanceof Block)) {
            blocks(node);
        } else {
            inlineLines(node);
        }
    }

    private void tableRows(Node table) {
        for (Node node : table.getDescendants()) {
            if (node instanceof TableRow) {
                tableRow(node);
            }
        }
    }

    private void tableRow(Node row) {
        StringBuilder out = new StringBuilder();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                appendInline(cell, out);
                out.append(' ');
            }
        }
        addLine(collapse(out));
    }

    /** A leaf block's inline content; hard line breaks start new lines. */
    private void inlineLines(Node block) {
        StringBuilder out = new StringBuilder();
        appendInline(block, out);
        addLines(out.toString());
    }

    private static void appendInline(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text || node instanceof HtmlEntity) {
                out.append(Escaping.unescapeString(node.getChars().toString()));
            } else if (node instanceof Code code) {
                out.append(code.getText());
            } else if ((node instanceof AutoLink || node instanceof MailLink) && !node.hasChildren()) {
                out.append(((DelimitedLinkNode) node).getText());
            } else if (node instanceof SoftLineBreak) {
                out.append(' ');
            } else if (node instanceof HardLineBreak) {
                out.append('\n');
            } else if (node instanceof Image || node instanceof ImageRef || node instanceof Footnote
                    || node instanceof HtmlInlineBase) {
                continue;
            } else {
                appendInline(node, out);
            }
        }
    }

    private void addLines(String text) {
        text.lines().forEach(this::addLine);
    }

    private void addLine(String line) {
        String collapsed = collapse(line);
        if (!collapsed.isEmpty()) {
            lines.add(collapsed);
        }
    }

    private static String collapse(CharSequence text) {
        return text.toString().replaceAll("\\s+", " ").strip();
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
