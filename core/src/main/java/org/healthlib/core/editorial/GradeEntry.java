package org.healthlib.core.editorial;

import java.nio.file.Path;
import java.util.Objects;
import org.healthlib.core.model.Status;

/**
 * An article whose reading grade is above the site's {@code reading_grade_target}.
 *
 * @param file         the Markdown file, relative to the content folder
 * @param readingGrade the Flesch-Kincaid grade of the body, rounded to one decimal
 */
public record GradeEntry(Path file, String slug, String title, Status status, double readingGrade) {
    public GradeEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
    }
}
