package org.healthlib.core.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The date of each file's last commit: the default of an article's {@code updated} when the
 * content folder is in git. A folder outside git, or a machine without git, has no dates.
 */
@FunctionalInterface
public interface CommitDates {

    /** The last commit date of each file, keyed by its path relative to the content folder. */
    Map<Path, LocalDate> of(Path root);

    /** No commit dates: {@code updated} defaults to {@code reviewed}. */
    static CommitDates none() {
        return root -> Map.of();
    }

    /** Dates from one {@code git log} over the whole folder (not one process per file). */
    static CommitDates git() {
        return GitCommitDates::read;
    }
}
