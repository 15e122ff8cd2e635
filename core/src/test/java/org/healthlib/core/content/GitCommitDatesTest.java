package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitDatesTest {

    @Test
    void aFilesDateIsItsNewestCommit() {
        List<String> log = List.of(
                "\u00012025-03-02", "", "articles/heart/afib.md",
                "\u00012024-11-20", "", "articles/heart/afib.md", "articles/a1c-test.md", "site.yaml");

        assertThat(GitCommitDates.parse(log)).containsOnly(
                entry("articles/heart/afib.md", "2025-03-02"),
                entry("articles/a1c-test.md", "2024-11-20"),
                entry("site.yaml", "2024-11-20"));
    }

    @Test
    void aFolderOutsideGitHasNoDates(@TempDir Path folder) {
        assertThat(GitCommitDates.read(folder)).isEmpty();
    }

    private static java.util.Map.Entry<Path, LocalDate> entry(String file, String date) {
        return java.util.Map.entry(Path.of(file), LocalDate.parse(date));
    }
}
