package org.healthlib.generator.view;

import java.util.List;

/**
 * A page of the A–Z index. Every letter is listed, for the letter bar; the letters shown on this
 * page carry their entries. A small index is one page; a large one has a page per letter.
 *
 * @param current the letter this page shows, "" when the page shows them all
 */
public record AzView(List<Letter> letters, String current, int articleCount) {
    public AzView {
        letters = List.copyOf(letters);
    }

    /**
     * A letter of the index.
     *
     * @param id        its anchor ("letter-a")
     * @param path      the site path of its entries ("a-z/#letter-b", or "a-z/b/" when the index has a page per letter)
     * @param available it has entries (on this page or another)
     * @param entries   its entries when this page shows them, else none
     */
    public record Letter(String label, String id, String path, boolean available, List<Entry> entries) {
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
