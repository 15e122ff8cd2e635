package org.healthlib.core.editorial;

import java.nio.file.Path;
import java.util.Objects;
import org.healthlib.core.model.Status;

/**
 * An article still on its way to readers: a draft or an article in review.
 *
 * @param file     the Markdown file, relative to the content folder
 * @param reviewer the {@code reviewed_by} id, "" when not set yet
 * @param words    words of the body, as the reading level counts them
 */
public record UnpublishedEntry(Path file, String slug, String title, Status status, String reviewer, int words) {
    public UnpublishedEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reviewer, "reviewer");
    }
}
