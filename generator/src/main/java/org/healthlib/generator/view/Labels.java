package org.healthlib.generator.view;

import java.util.Locale;
import org.healthlib.core.content.Library;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ReviewState;
import org.healthlib.core.model.Status;

/** Names shown to readers for things that are slugs in content: topics, and the state of an unpublished article. */
public final class Labels {
    private Labels() {
    }

    /** A topic's heading from its slug: {@code mental-health} becomes "Mental health". */
    public static String topic(String slug) {
        String words = slug.replace('-', ' ').trim();
        if (words.isEmpty()) {
            return slug;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /**
     * "" for an article readers may see; otherwise why a preview build shows it although it is
     * not published ("Draft", "In review", "Retired", "Scheduled", "Review overdue").
     */
    public static String status(Library library, Article article) {
        if (library.isPublished(article)) {
            return "";
        }
        Status status = article.editorial().status();
        return switch (status) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case RETIRED -> "Retired";
            case PUBLISHED -> library.reviewState(article) == ReviewState.OVERDUE
                    && article.editorial().isPublishedOn(library.config().today()) ? "Review overdue" : "Scheduled";
        };
    }
}
