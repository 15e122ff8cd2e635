package org.healthlib.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A reference shown under an article, from its {@code sources} list. */
public record Source(String title, Optional<String> url, Optional<String> publisher, Optional<LocalDate> accessed) {
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(accessed, "accessed");
    }
}
