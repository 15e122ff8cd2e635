package org.healthlib.core.drafts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A legacy plain-text article as read by {@link LegacyText}: its paragraphs, kept in order, and
 * the date of its last review. Boilerplate is not in it.
 *
 * @param file the file as given, for messages
 */
public record LegacyArticle(Path file, List<Paragraph> paragraphs, LocalDate reviewed) {

    /**
     * One paragraph of the article.
     *
     * @param line   its line in the file
     * @param leadIn it ends with a colon: it introduced a list that the export lost
     */
    public record Paragraph(int line, String text, boolean leadIn) {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    public LegacyArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reviewed, "reviewed");
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("an article has at least one paragraph");
        }
    }

    public long leadIns() {
        return paragraphs.stream().filter(Paragraph::leadIn).count();
    }
}
