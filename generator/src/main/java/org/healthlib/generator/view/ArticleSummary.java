package org.healthlib.generator.view;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.healthlib.core.content.Library;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.EditorialInfo;
import org.healthlib.core.model.SiteLayout;

/**
 * The little the listings, feeds and sitemap need of an article, kept in memory for the whole
 * build while full pages are written and forgotten.
 *
 * @param lastChange  the later of its last review and its last update
 * @param statusLabel "" when published (see {@link Labels#status})
 * @param titleKey    the title's {@link #sortKey}, computed once since listings sort by it often
 */
public record ArticleSummary(Path file, String slug, String title, String summary, ArticleType type,
                             List<String> topics, List<String> alsoCalled, Optional<LocalDate> reviewed,
                             Optional<LocalDate> lastChange, String statusLabel, String titleKey) {

    /** Readers' order: by title, ignoring case and accents, then by slug so that the order is total. */
    public static final Comparator<ArticleSummary> BY_TITLE = Comparator
            .comparing(ArticleSummary::titleKey)
            .thenComparing(ArticleSummary::title)
            .thenComparing(ArticleSummary::slug);

    public ArticleSummary {
        topics = List.copyOf(topics);
        alsoCalled = List.copyOf(alsoCalled);
    }

    public static ArticleSummary of(Library library, Article article) {
        EditorialInfo editorial = article.editorial();
        return new ArticleSummary(article.file(), article.slug(), article.title(), article.summary(), article.type(),
                article.topics(), article.alsoCalled(), editorial.reviewed(), lastChange(editorial),
                Labels.status(library, article), sortKey(article.title()));
    }

    /** The later of {@code reviewed} and {@code updated}: what sitemap and feed call the last change. */
    public static Optional<LocalDate> lastChange(EditorialInfo editorial) {
        return editorial.reviewed().map(r -> editorial.updated().filter(u -> u.isAfter(r)).orElse(r))
                .or(editorial::updated);
    }

    public String path() {
        return SiteLayout.articlePath(slug);
    }

    public boolean published() {
        return statusLabel.isEmpty();
    }

    /** A key that sorts names as readers expect: lower case, accents removed. */
    public static String sortKey(String name) {
        if (isPlainAscii(name)) {
            return name.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public SummaryView toView(ReaderDates dates) {
        return new SummaryView(title, path(), summary, type.label(), dates.of(reviewed), statusLabel);
    }
}
