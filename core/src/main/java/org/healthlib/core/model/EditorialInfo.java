package org.healthlib.core.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The editorial state of an article. {@code nextReview} is already resolved by the loader
 * ({@code next_review}, or {@code reviewed} plus the site's {@code review_interval}).
 */
public record EditorialInfo(
        Status status,
        Optional<LocalDate> reviewed,
        Optional<LocalDate> nextReview,
        Optional<String> reviewedBy,
        Optional<LocalDate> publishOn,
        Optional<LocalDate> updated) {

    public EditorialInfo {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(nextReview, "nextReview");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        Objects.requireNonNull(publishOn, "publishOn");
        Objects.requireNonNull(updated, "updated");
    }

    /** Current, due soon (next review within {@code warning} of {@code today}) or overdue. */
    public ReviewState reviewState(LocalDate today, Period warning) {
        if (nextReview.isEmpty()) {
            return ReviewState.UNREVIEWED;
        }
        LocalDate next = nextReview.get();
        if (next.isBefore(today)) {
            return ReviewState.OVERDUE;
        }
        return next.isAfter(today.plus(warning)) ? ReviewState.CURRENT : ReviewState.DUE_SOON;
    }

    /** Published, and its {@code publish_on} day (if any) has come. Overdue policy is not applied here. */
    public boolean isPublishedOn(LocalDate today) {
        return status == Status.PUBLISHED && publishOn.map(day -> !day.isAfter(today)).orElse(true);
    }

    /** The date readers and feeds see as the last change: {@code updated}, else {@code reviewed}. */
    public Optional<LocalDate> lastModified() {
        return updated.or(() -> reviewed);
    }
}
