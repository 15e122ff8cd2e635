package org.healthlib.generator.view;

/**
 * What goes in a page's {@code <head>}.
 *
 * @param title       the page's own title; the layout adds the site's name
 * @param description the meta and Open Graph description, "" for none
 * @param canonical   the absolute URL from {@code base_url}
 * @param ogType      Open Graph type: "article" or "website"
 * @param jsonLd      a JSON-LD document, already escaped for a script element; "" for none
 * @param noindex     asks search engines not to index the page (drafts, redirects, search, 404)
 */
public record HeadView(String title, String description, String canonical, String ogType, String jsonLd,
                       boolean noindex) {
}
