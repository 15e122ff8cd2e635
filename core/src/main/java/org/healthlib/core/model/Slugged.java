package org.healthlib.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose constants are written as lower-case words in front matter, {@code site.yaml} and
 * URLs: {@code IN_REVIEW} is {@code in-review}, {@code BODY_PART} is {@code body-part}.
 */
public interface Slugged {

    /** The constant's name in lower case, with hyphens for underscores. */
    default String slug() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} written as {@code slug}, if any. */
    static <E extends Enum<E> & Slugged> Optional<E> fromSlug(Class<E> type, String slug) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.slug().equals(slug)).findFirst();
    }

    /** Every slug of {@code type}, in declaration order, for messages and suggestions. */
    static <E extends Enum<E> & Slugged> List<String> slugs(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Slugged::slug).toList();
    }
}
