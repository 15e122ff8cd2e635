package org.healthlib.bench.corpus;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The Markdown body of one synthetic article: about {@link #TARGET_WORDS} words in 6 to 10
 * sections, each a heading, paragraphs and often a list, with a table in the article when asked
 * and links to other articles inside the paragraphs. The text is drawn from a {@link Vocabulary}
 * by a seeded random, so the same random gives the same body.
 */
final class ArticleBody {
    static final int TARGET_WORDS = 1_100;

    private final Vocabulary vocabulary;
    private final Random random;
    private final Function<ArticleHead, String> href;
    private final StringBuilder text = new StringBuilder(9_000);
    private int words;

    /**
     * @param href how a link to another article is written: {@code other.md} in our format, an
     *             address for Hugo
     */
    private ArticleBody(Vocabulary vocabulary, Random random, Function<ArticleHead, String> href) {
        this.vocabulary = vocabulary;
        this.random = random;
        this.href = href;
    }

    /** The body of an article that links to {@code linked}, with a table when {@code withTable}. */
    static String write(Vocabulary vocabulary, Random random, List<ArticleHead> linked, boolean withTable,
                        Function<ArticleHead, String> href) {
        return new ArticleBody(vocabulary, random, href).sections(linked, withTable);
    }

    private String sections(List<ArticleHead> linked, boolean withTable) {
        int sections = 6 + random.nextInt(5);
        int tableAt = withTable ? 1 + random.nextInt(sections - 1) : -1;
        for (int s = 0; s < sections; s++) {
            int budget = (TARGET_WORDS - words) / (sections - s);
            int sectionStart = words;
            heading();
            if (s == tableAt) {
                table();
            }
            boolean withList = random.nextInt(2) == 0;
            ArticleHead link = s < linked.size() ? linked.get(s) : null; // the section's first paragraph links
            do {
                paragraph(link);
                link = null;
            } while (words - sectionStart < budget - (withList ? 40 : 0));
            if (withList) {
                list();
            }
        }
        return text.toString();
    }

    private void heading() {
        text.append("## ").append(vocabulary.phrase(random, 2 + random.nextInt(3), false)).append("\n\n");
    }

    /** Three to six sentences; the first one links to {@code link} when there is one. */
    private void paragraph(ArticleHead link) {
        int sentences = 3 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            sentence(i == 0 ? link : null);
        }
        text.append("\n\n");
    }

    private void sentence(ArticleHead link) {
        int count = 7 + random.nextInt(10);
        text.append(vocabulary.phrase(random, count, false));
        words += count;
        if (link != null) {
            text.append(" [").append(link.title()).append("](").append(href.apply(link)).append(')');
            words += link.title().split(" ").length;
        }
        if (random.nextInt(5) == 0) {
            text.append(", ").append(vocabulary.phrase(random, 3, false).toLowerCase());
            words += 3;
        }
        text.append('.');
    }

    private void list() {
        int items = 3 + random.nextInt(4);
        boolean ordered = random.nextInt(3) == 0;
        for (int i = 0; i < items; i++) {
            int count = 3 + random.nextInt(6);
            text.append(ordered ? (i + 1) + ". " : "- ").append(vocabulary.phrase(random, count, false)).append('\n');
            words += count;
        }
        text.append('\n');
    }

    private void table() {
        int columns = 3;
        int rows = 3 + random.nextInt(3);
        row(columns, true);
        text.append("|---|---|---|\n");
        for (int r = 0; r < rows; r++) {
            row(columns, false);
        }
        text.append('\n');
    }

    private void row(int columns, boolean header) {
        text.append('|');
        for (int c = 0; c < columns; c++) {
            int count = header ? 1 : 1 + random.nextInt(3);
            text.append(' ').append(vocabulary.phrase(random, count, header)).append(" |");
            words += count;
        }
        text.append('\n');
    }
}
