package org.healthlib.generator.view;

/**
 * The editorial block of an article: when and by whom it was medically reviewed.
 *
 * @param reviewerCredentials "" when the reviewer has none
 * @param reviewerUrl         "" when the reviewer has none
 * @param processPath         site path of the editorial-process page, "" when the site has none
 * @param overdue             the next review date has passed; readers are told plainly
 */
public record EditorialView(DateView reviewed, DateView nextReview, DateView updated, String reviewerName,
                            String reviewerCredentials, String reviewerUrl, String processPath, boolean overdue) {
}
