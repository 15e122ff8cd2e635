package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

    @Test
    void readsTheDatesOfAContentFolderInsideARepository(@TempDir Path repository) throws Exception {
        Path content = repository.resolve("site-content");
        Files.createDirectories(content.resolve("articles/heart"));
        Files.writeString(content.resolve("articles/heart/afib.md"), "first\n");
        Files.writeString(content.resolve("articles/a1c-test.md"), "first\n");
        Files.writeString(repository.resolve("README.md"), "outside the content folder\n");
        assumeTrue(git(repository, "2024-03-09T12:00:00Z", "init", "-q"), "git is not available");
        git(repository, "2024-03-09T12:00:00Z", "add", ".");
        git(repository, "2024-03-09T12:00:00Z", "commit", "-q", "-m", "First");
        Files.writeString(content.resolve("articles/heart/afib.md"), "second\n");
        git(repository, "2025-01-20T08:00:00Z", "commit", "-q", "-a", "-m", "Second");

        assertThat(GitCommitDates.read(content)).containsOnly(
                entry("articles/heart/afib.md", "2025-01-20"),
                entry("articles/a1c-test.md", "2024-03-09"));
    }

    private static boolean git(Path directory, String date, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GIT_AUTHOR_DATE", date);
        builder.environment().put("GIT_COMMITTER_DATE", date);
        try {
            return builder.start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static java.util.Map.Entry<Path, LocalDate> entry(String file, String date) {
        return java.util.Map.entry(Path.of(file), LocalDate.parse(date));
    }
}
