package org.healthlib.core.drafts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Slugs and titles derived from each other, for the file names of new drafts. */
public final class Slugs {
    private Slugs() {
    }

    /**
     * The slug of a title: lower case, accents removed, every run of other characters than
     * {@code a-z} and {@code 0-9} one {@code -} ("Type 2 diabetes" → {@code type-2-diabetes},
     * "Crohn’s disease" → {@code crohn-s-disease}); nothing when no letter or digit is left.
     */
    public static Optional<String> of(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }

    /**
     * The title of a legacy file, from its name: the extension dropped, {@code -} and {@code _}
     * as spaces, the first letter capitalized ({@code sleep-hygiene.txt} → "Sleep hygiene").
     */
    public static String titleOfFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[-_\\s]+", " ").strip();
        if (base.isEmpty()) {
            return fileName;
        }
        return base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }
}
