package org.healthlib.core.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/** The Markdown headings of a rendered document, with the ids the HTML renderer gave them. */
final class HeadingCollector {

    private HeadingCollector() {
    }

    /** Must run after the document was rendered: the renderer assigns the ids. */
    static List<Heading> collect(Document document) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                headings.add(new Heading(heading.getLevel(), heading.getAnchorRefId(), PlainText.inline(heading)));
            }
        }
        return headings;
    }
}
