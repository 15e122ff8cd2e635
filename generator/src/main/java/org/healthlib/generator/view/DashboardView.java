package org.healthlib.generator.view;

import java.util.List;

/**
 * The editorial dashboard ({@code editorial/}): the review queue by reviewer, the articles in
 * review and the drafts, and the articles above the reading grade target. A {@code path} is the
 * site path of the article's page, "" when this build has no page for it.
 *
 * @param today  the day of the build, {@code yyyy-mm-dd}
 * @param within the window of "due soon", for readers ("90 days")
 */
public record DashboardView(String today, String within, long overdue, long dueSoon, List<ReviewerQueue> reviewers,
                            List<Unpublished> unpublished, List<HardToRead> aboveTarget, String gradeTarget) {
    public DashboardView {
        reviewers = List.copyOf(reviewers);
        unpublished = List.copyOf(unpublished);
        aboveTarget = List.copyOf(aboveTarget);
    }

    /** One reviewer's articles in the queue, most urgent first. */
    public record ReviewerQueue(String name, String id, List<QueueRow> rows) {
        public ReviewerQueue {
            rows = List.copyOf(rows);
        }
    }

    /** @param state "overdue" or "due-soon" (also a class name); @param due "12 days late", "in 30 days" */
    public record QueueRow(String title, String file, String path, String state, String stateLabel, String due,
                           DateView nextReview, DateView reviewed, String grade) {
    }

    /** A draft or an article in review; @param reviewer "" when not set yet */
    public record Unpublished(String title, String file, String path, String status, String reviewer, int words) {
    }

    /** An article whose reading grade is above the target. */
    public record HardToRead(String title, String file, String path, String status, String grade) {
    }
}
