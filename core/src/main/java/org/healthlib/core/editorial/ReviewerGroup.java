package org.healthlib.core.editorial;

import java.util.List;
import java.util.Objects;

/**
 * The queue of one reviewer, most urgent first.
 *
 * @param reviewer     the reviewer id
 * @param reviewerName the name from {@code reviewers.yaml}, else the id
 */
public record ReviewerGroup(String reviewer, String reviewerName, List<ReviewEntry> entries) {
    public ReviewerGroup {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(reviewerName, "reviewerName");
        entries = List.copyOf(entries);
    }

    public long overdue() {
        return entries.stream().filter(entry -> entry.state() == QueueState.OVERDUE).count();
    }
}
