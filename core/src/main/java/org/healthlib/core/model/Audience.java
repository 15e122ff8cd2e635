package org.healthlib.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Who an article is written for; schema.org's {@code audience}. */
public enum Audience {
    PATIENT,
    CAREGIVER,
    CLINICIAN;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Audience> fromSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
    }

    public static List<String> slugs() {
        return Arrays.stream(values()).map(Audience::slug).toList();
    }
}
