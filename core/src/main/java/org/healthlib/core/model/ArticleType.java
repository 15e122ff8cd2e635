package org.healthlib.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kind of an article, as written in front matter ({@code type: condition}). */
public enum ArticleType {
    CONDITION("condition", "Diseases and conditions"),
    SYMPTOM("symptom", "Symptoms"),
    TEST("test", "Tests"),
    TREATMENT("treatment", "Treatments"),
    PROCEDURE("procedure", "Procedures"),
    BODY_PART("body-part", "Body parts"),
    WELLNESS("wellness", "Wellness"),
    DRUG("drug", "Drugs and medicines");

    private final String slug;
    private final String label;

    ArticleType(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The word in front matter and in the type page's URL, {@code types/{slug}/}. */
    public String slug() {
        return slug;
    }

    /** The heading of the type page, plural, for readers. */
    public String label() {
        return label;
    }

    public static Optional<ArticleType> fromSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    public static List<String> slugs() {
        return Arrays.stream(values()).map(ArticleType::slug).toList();
    }
}
