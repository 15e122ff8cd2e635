package org.healthlib.core.model;

/** Where an article stands against its next medical review, on a given day. */
public enum ReviewState {
    /** The next review is further away than the site's {@code review_warning}. */
    CURRENT,
    /** The next review falls within the site's {@code review_warning}. */
    DUE_SOON,
    /** The next review date has passed. */
    OVERDUE,
    /** The article carries no review date (only possible when it is not published). */
    UNREVIEWED
}
