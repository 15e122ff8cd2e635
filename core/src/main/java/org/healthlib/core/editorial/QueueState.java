package org.healthlib.core.editorial;

/** Why an article is in the review queue. */
public enum QueueState {
    /** Its next review date has passed. */
    OVERDUE("overdue"),
    /** Its next review falls within the queue's window. */
    DUE_SOON("due-soon");

    private final String slug;

    QueueState(String slug) {
        this.slug = slug;
    }

    /** The word in the {@code review} command's CSV and JSON: {@code overdue} or {@code due-soon}. */
    public String slug() {
        return slug;
    }
}
