package org.healthlib.core.editorial;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One published article in the review queue.
 *
 * @param file         the Markdown file, relative to the content folder
 * @param reviewer     the reviewer id ({@code reviewed_by})
 * @param reviewerName the reviewer's name from {@code reviewers.yaml}, else the id
 * @param reviewed     the last medical review
 * @param nextReview   when the next one is due
 * @param daysLate     days from {@code nextReview} to the queue's day: above 0 when overdue,
 *                     0 or below (days still left) when due soon
 * @param readingGrade the Flesch-Kincaid grade of the body, rounded to one decimal
 */
public record ReviewEntry(Path file, String slug, String title, String reviewer, String reviewerName,
                          LocalDate reviewed, LocalDate nextReview, QueueState state, long daysLate,
                          double readingGrade) {
    public ReviewEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(reviewerName, "reviewerName");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(nextReview, "nextReview");
        Objects.requireNonNull(state, "state");
    }

    /** When the review is due, for people: "12 days late", "today", "in 30 days". */
    public String due() {
        if (daysLate == 0) {
            return "today";
        }
        long days = Math.abs(daysLate);
        String count = days + (days == 1 ? " day" : " days");
        return daysLate > 0 ? count + " late" : "in " + count;
    }
}
