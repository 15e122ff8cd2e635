package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher against a real folder. The waits are upper bounds for slow machines, not timings. */
class FolderWatcherTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path content;

    @Test
    void reportsTheFilesAddedChangedAndRemoved() throws IOException, InterruptedException {
        write("articles/heart/heart-attack.md");
        write("reviewers.yaml");
        try (FolderWatcher watcher = FolderWatcher.watch(content)) {
            write("articles/heart/heart-attack.md");
            assertThat(changes(watcher, 1)).containsExactly(Path.of("articles/heart/heart-attack.md"));

            write("articles/heart/angina.md");
            Files.delete(content.resolve("reviewers.yaml"));
            assertThat(changes(watcher, 2)).containsExactly(Path.of("articles/heart/angina.md"), Path.of("reviewers.yaml"));
        }
    }

    @Test
    void watchesFoldersCreatedWhileWatching() throws IOException, InterruptedException {
        try (FolderWatcher watcher = FolderWatcher.watch(content)) {
            write("articles/skin/acne.md");
            assertThat(changes(watcher, 2)).contains(Path.of("articles/skin/acne.md"));

            write("articles/skin/rosacea.md");
            assertThat(changes(watcher, 1)).containsExactly(Path.of("articles/skin/rosacea.md"));
        }
    }

    @Test
    void leavesOutHiddenFilesAndBackupsAndSaysSoWhenNothingChanged() throws IOException, InterruptedException {
        write("articles/acne.md");
        try (FolderWatcher watcher = FolderWatcher.watch(content)) {
            write("articles/.acne.md.swp");
            write("articles/acne.md~");
            write(".git/index");
            assertThat(watcher.next(Duration.ofMillis(300))).isEmpty();

            write("articles/acne.md");
            Optional<FolderWatcher.Changes> changes = watcher.next(WAIT);
            assertThat(changes).isPresent();
            assertThat(changes.get().describe()).isEqualTo("articles/acne.md");
        }
    }

    /** Gathers changes until at least {@code atLeast} paths were reported or the wait ends. */
    private static Set<Path> changes(FolderWatcher watcher, int atLeast) throws InterruptedException {
        Set<Path> seen = new HashSet<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (seen.size() < atLeast && System.nanoTime() < deadline) {
            watcher.next(WAIT).ifPresent(changes -> {
                assertThat(changes.lost()).isFalse();
                seen.addAll(changes.paths());
            });
        }
        return seen;
    }

    private void write(String relative) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "text " + System.nanoTime());
    }
}
