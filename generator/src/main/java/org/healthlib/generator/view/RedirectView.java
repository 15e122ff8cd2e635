package org.healthlib.generator.view;

/**
 * A page left at an old address ({@code aliases}) that sends readers to the article.
 *
 * @param url the article's URL relative to the redirect page
 */
public record RedirectView(String title, String url) {
}
