package org.healthlib.generator.view;

/**
 * A date as templates show it: {@code <time datetime="${d.iso}">${d.text}</time>}.
 * {@link #NONE} (both empty) stands for a date the article does not have.
 *
 * @param iso  {@code yyyy-mm-dd}
 * @param text for readers, in the site's language ("June 30, 2022")
 */
public record DateView(String iso, String text) {
    public static final DateView NONE = new DateView("", "");

    public boolean present() {
        return !iso.isEmpty();
    }
}
