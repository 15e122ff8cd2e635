package org.healthlib.search.query;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.healthlib.search.index.ArticleFields;

/**
 * Body passages around the matched words, cut by the UnifiedHighlighter from the offsets stored
 * in the postings: HTML-escaped, matches in {@code <mark>}. Words matched in any text field
 * (a title word, a synonym) are marked in the body too. The body text has each heading, paragraph
 * and list item on its own line; in a snippet, a line that ends without punctuation (a heading, a
 * short list item) is set off from the next by " · " rather than run into it.
 */
final class Snippets {
    private static final int PASSAGE_CHARS = 180;
    private static final Set<String> TEXT_FIELDS = Set.copyOf(ArticleFields.TEXT);
    private static final Pattern PUNCTUATED_LINE_END = Pattern.compile("(?<=[.!?:;,])[ \\t]*\\n\\s*");
    private static final Pattern UNPUNCTUATED_LINE_END = Pattern.compile("[ \\t]*\\n\\s*");

    private Snippets() {
    }

    /** One snippet per hit, in hit order; null where the body has no match. */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs hits) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new LineSentenceBreaks(), PASSAGE_CHARS, 0.5f))
                .withFieldMatcher(TEXT_FIELDS::contains)
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false)
                .withScorer(new SnippetScorer())
                .build();
        String[] snippets = highlighter.highlight(ArticleFields.BODY, query, hits, 1);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? null : joinLines(snippets[i]);
        }
        return snippets;
    }

    /** The lines of a passage on one line: after closing punctuation a space, otherwise " · ". */
    static String joinLines(String passage) {
        return UNPUNCTUATED_LINE_END.matcher(PUNCTUATED_LINE_END.matcher(passage.strip()).replaceAll(" "))
                .replaceAll(" · ");
    }

    /** Plain text as HTML text: what a summary becomes when it stands in for a snippet. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
