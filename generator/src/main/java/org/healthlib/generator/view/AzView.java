package org.healthlib.generator.view;

import java.util.List;

/** The A–Z index: one section per letter; letters without entries are still listed, for the letter bar. */
public record AzView(List<Letter> letters, int articleCount) {
    public AzView {
        letters = List.copyOf(letters);
    }

    /** A letter of the index; {@code id} is its anchor ("letter-a"). */
    public record Letter(String label, String id, List<Entry> entries) {
        public Letter {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A line of the index: an article's title, or one of its "also called" names pointing to it.
     *
     * @param seeTitle    the article's title when {@code name} is another name for it, else ""
     * @param statusLabel "" for a published article
     */
    public record Entry(String name, String seeTitle, String path, String statusLabel) {
        public boolean alias() {
            return !seeTitle.isEmpty();
        }
    }
}
