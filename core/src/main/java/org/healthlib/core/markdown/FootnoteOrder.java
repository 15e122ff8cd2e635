package org.healthlib.core.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Footnotes numbered in the order of their first references. Flexmark 0.64 keeps the offset of
 * the last reference of each footnote and numbers by it, so a footnote cited twice moves behind
 * the ones cited in between. The numbers are assigned when the document is rendered, from the
 * offsets this sets.
 */
final class FootnoteOrder {

    private FootnoteOrder() {
    }

    static void numberByFirstReference(Document document) {
        if (FootnoteExtension.FOOTNOTES.get(document).getReferencedFootnoteBlocks().size() < 2) {
            return;
        }
        Set<FootnoteBlock> numbered = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : document.getDescendants()) {
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null
                    && numbered.add(footnote.getFootnoteBlock())) {
                footnote.getFootnoteBlock().setFirstReferenceOffset(footnote.getStartOffset());
            }
        }
    }
}
