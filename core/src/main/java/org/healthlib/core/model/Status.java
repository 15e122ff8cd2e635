package org.healthlib.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where an article is in the editorial workflow; only {@link #PUBLISHED} reaches readers. */
public enum Status {
    DRAFT("draft"),
    IN_REVIEW("in-review"),
    PUBLISHED("published"),
    RETIRED("retired");

    private final String slug;

    Status(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Status> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    public static List<String> slugs() {
        return Arrays.stream(values()).map(Status::slug).toList();
    }
}
