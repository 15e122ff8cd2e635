package org.healthlib.core.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a command asks of the loader: the content folder and the flags that become part of
 * {@link org.healthlib.core.config.SiteConfig}.
 *
 * @param today         {@code --today}
 * @param includeDrafts {@code --drafts}
 */
public record LoadOptions(Path root, LocalDate today, boolean includeDrafts) {
    public LoadOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(today, "today");
    }
}
