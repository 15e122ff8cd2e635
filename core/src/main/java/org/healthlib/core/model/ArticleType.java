package org.healthlib.core.model;

/**
 * The kind of an article, as written in front matter ({@code type: condition}); its slug is also
 * the type page's URL, {@code types/{slug}/}.
 */
public enum ArticleType implements Slugged {
    CONDITION("Diseases and conditions"),
    SYMPTOM("Symptoms"),
    TEST("Tests"),
    TREATMENT("Treatments"),
    PROCEDURE("Procedures"),
    BODY_PART("Body parts"),
    WELLNESS("Wellness"),
    DRUG("Drugs and medicines");

    private final String label;

    ArticleType(String label) {
        this.label = label;
    }

    /** The heading of the type page, plural, for readers. */
    public String label() {
        return label;
    }
}
