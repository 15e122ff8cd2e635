package org.healthlib.generator.view;

/**
 * An article as a line of a list (topic and type pages, related articles, the home page).
 *
 * @param statusLabel "" for a published article, else what a preview build marks it with ("Draft")
 */
public record SummaryView(String title, String path, String summary, String typeLabel, DateView reviewed,
                          String statusLabel) {
}
