package org.healthlib.core.drafts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthlib.core.model.ArticleType;

/** The two ways a draft starts: from a title and a type, or from a legacy plain-text article. */
public final class Drafts {
    /** The longest summary {@code check} accepts. */
    static final int MAX_SUMMARY = 300;
    static final String SECTION_TODO = "TODO: write this section.";
    static final String LIST_TODO = "- TODO: restore the items of this list (lost in the export)";
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?:\\s|$)");

    private Drafts() {
    }

    /**
     * A new article: the section skeleton of its type, each section with a TODO, and a summary
     * that says what to write.
     */
    public static Draft newArticle(String title, ArticleType type, Optional<String> topic) {
        StringBuilder body = new StringBuilder();
        for (String heading : SectionSkeleton.headings(type, title)) {
            body.append(body.isEmpty() ? "" : "\n").append("## ").append(heading).append("\n\n").append(SECTION_TODO).append('\n');
        }
        String summary = "TODO: one or two sentences on " + SectionSkeleton.inSentence(title)
                + " for lists, search results and the page description.";
        return new Draft("", title, summary, type, false, topic.stream().toList(), Optional.empty(), Optional.empty(),
                body.toString());
    }

    /**
     * A draft of a legacy article: its paragraphs, each list lead-in followed by a TODO list item
     * for the lost items, the review date kept, and the first sentence as the summary.
     *
     * @param type       the type to write; with {@code typeToDo} a TODO asks the editor to check it
     * @param reviewedBy the reviewer, when the editor named one
     */
    public static Draft fromLegacy(LegacyArticle article, String title, ArticleType type, boolean typeToDo,
                                   Optional<String> reviewedBy) {
        StringBuilder body = new StringBuilder();
        for (LegacyArticle.Paragraph paragraph : article.paragraphs()) {
            body.append(body.isEmpty() ? "" : "\n").append(MarkdownText.paragraph(paragraph.text())).append('\n');
            if (paragraph.leadIn()) {
                body.append('\n').append(LIST_TODO).append('\n');
            }
        }
        String comment = "Imported from " + article.file().getFileName()
                + ". TODO: add back the section headings the export lost, and sources.";
        return new Draft(comment, title, summary(article.paragraphs().get(0).text()), type, typeToDo, List.of(),
                Optional.of(article.reviewed()), reviewedBy, body.toString());
    }

    /** The first sentence of the first paragraph, when it is a sentence short enough for a summary. */
    static String summary(String firstParagraph) {
        Matcher sentence = FIRST_SENTENCE.matcher(firstParagraph.strip());
        if (sentence.find() && sentence.group(1).codePointCount(0, sentence.group(1).length()) <= MAX_SUMMARY) {
            return sentence.group(1);
        }
        return "TODO: one or two sentences for lists, search results and the page description.";
    }
}
