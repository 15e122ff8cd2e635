package org.healthlib.core.editorial;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.healthlib.core.content.Library;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.EditorialInfo;
import org.healthlib.core.model.Reviewer;
import org.healthlib.core.model.ReviewState;
import org.healthlib.core.model.Status;

/**
 * The published articles whose medical review is overdue or due within a window of the day, by
 * the same rule as {@code check} ({@link EditorialInfo#reviewState}). Articles left out of the
 * site by {@code overdue_policy: unpublish} or waiting for {@code publish_on} are in it too:
 * they are published articles that need a review.
 *
 * <p>Order: grouped by reviewer, the group with the most urgent article first; in a group, the
 * most days late first, then by title.
 *
 * @param today  the day the queue is for ({@code --today})
 * @param within the window of "due soon" ({@code --within}, default the site's {@code review_warning})
 */
public record ReviewQueue(LocalDate today, Period within, List<ReviewerGroup> groups) {

    static final Comparator<ReviewEntry> MOST_URGENT_FIRST = Comparator
            .comparingLong(ReviewEntry::daysLate).reversed()
            .thenComparing(entry -> entry.title().toLowerCase(Locale.ROOT))
            .thenComparing(ReviewEntry::slug);

    public ReviewQueue {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(within, "within");
        groups = List.copyOf(groups);
    }

    /** The queue of a library on its configured day, with the site's {@code review_warning} as the window. */
    public static ReviewQueue of(Library library) {
        return of(library, library.config().reviewWarning());
    }

    /** The queue of a library on its configured day, due soon meaning within {@code within}. */
    public static ReviewQueue of(Library library, Period within) {
        LocalDate today = library.config().today();
        List<ReviewEntry> entries = library.articles().stream()
                .filter(article -> article.editorial().status() == Status.PUBLISHED)
                .flatMap(article -> entry(library, article, today, within).stream())
                .sorted(MOST_URGENT_FIRST)
                .toList();
        Map<String, List<ReviewEntry>> byReviewer = new LinkedHashMap<>();
        entries.forEach(entry -> byReviewer.computeIfAbsent(entry.reviewer(), id -> new ArrayList<>()).add(entry));
        List<ReviewerGroup> groups = byReviewer.values().stream()
                .map(list -> new ReviewerGroup(list.get(0).reviewer(), list.get(0).reviewerName(), list))
                .toList();
        return new ReviewQueue(today, within, groups);
    }

    private static Optional<ReviewEntry> entry(Library library, Article article, LocalDate today, Period within) {
        EditorialInfo editorial = article.editorial();
        ReviewState state = editorial.reviewState(today, within);
        if ((state != ReviewState.OVERDUE && state != ReviewState.DUE_SOON) || editorial.reviewed().isEmpty()) {
            return Optional.empty();
        }
        LocalDate next = editorial.nextReview().orElseThrow();
        String reviewer = editorial.reviewedBy().orElse("");
        String name = library.reviewers().find(reviewer).map(Reviewer::name).orElse(reviewer);
        return Optional.of(new ReviewEntry(article.file(), article.slug(), article.title(), reviewer, name,
                editorial.reviewed().get(), next, state == ReviewState.OVERDUE ? QueueState.OVERDUE : QueueState.DUE_SOON,
                ChronoUnit.DAYS.between(next, today), roundedGrade(article)));
    }

    /** Whether the article is in the library's queue (published, and overdue or due soon). */
    static boolean isQueued(Library library, Article article) {
        return article.editorial().status() == Status.PUBLISHED
                && entry(library, article, library.config().today(), library.config().reviewWarning()).isPresent();
    }

    /** The reading grade as messages show it, rounded to one decimal. */
    static double roundedGrade(Article article) {
        return Math.round(article.body().readingLevel().grade() * 10) / 10.0;
    }

    /** Every entry, in the queue's order (group by group). */
    public List<ReviewEntry> entries() {
        return groups.stream().flatMap(group -> group.entries().stream()).toList();
    }

    public long overdue() {
        return groups.stream().mapToLong(ReviewerGroup::overdue).sum();
    }

    public long dueSoon() {
        return entries().size() - overdue();
    }

    /** The window of "due soon", for people: "90 days" for a period of days, else its ISO-8601 form ("P6M"). */
    public String window() {
        if (within.getYears() == 0 && within.getMonths() == 0) {
            return within.getDays() + (within.getDays() == 1 ? " day" : " days");
        }
        return within.toString();
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
