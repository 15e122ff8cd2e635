package org.healthlib.core.model;

/** Where an article is in the editorial workflow; only {@link #PUBLISHED} reaches readers. */
public enum Status implements Slugged {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    RETIRED
}
