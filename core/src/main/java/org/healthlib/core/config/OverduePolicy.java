package org.healthlib.core.config;

import org.healthlib.core.model.Slugged;

/** What happens to a published article past its next review ({@code overdue_policy}). */
public enum OverduePolicy implements Slugged {
    /** A warning, and the page tells readers plainly that the review is overdue. */
    WARN,
    /** An error: the build fails. */
    ERROR,
    /** The article is left out of the site and the index. */
    UNPUBLISH
}
