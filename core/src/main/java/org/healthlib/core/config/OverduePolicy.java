package org.healthlib.core.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What happens to a published article past its next review ({@code overdue_policy}). */
public enum OverduePolicy {
    /** A warning, and the page tells readers plainly that the review is overdue. */
    WARN,
    /** An error: the build fails. */
    ERROR,
    /** The article is left out of the site and the index. */
    UNPUBLISH;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OverduePolicy> fromSlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug().equals(slug)).findFirst();
    }

    public static List<String> slugs() {
        return Arrays.stream(values()).map(OverduePolicy::slug).toList();
    }
}
