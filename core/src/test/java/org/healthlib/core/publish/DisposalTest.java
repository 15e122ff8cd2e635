package org.healthlib.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisposalTest {
    @TempDir
    Path dir;

    @Test
    void theFoldersHandedOverAreDeletedAndAMissingOneIsNoError() throws IOException, InterruptedException {
        Path old = dir.resolve(".site.old-1");
        Files.createDirectories(old.resolve("articles/flu"));
        Files.writeString(old.resolve("articles/flu/index.html"), "the old page");
        Path kept = Files.createDirectories(dir.resolve("site"));

        Disposal.background().delete(List.of(dir.resolve(".index.old-gone"), old));
        Disposal.background().awaitDone();

        assertThat(old).doesNotExist();
        assertThat(kept).isDirectory();
    }

    @Test
    void theLeftoversOfEarlierRunsAreListedNotDeleted() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.createDirectories(dir.resolve(".site.old-1"));
        Files.createDirectories(dir.resolve(".site.staging-2"));
        Files.createDirectories(dir.resolve(".sites.old-3"));

        Publication.Leftovers leftovers = Publication.finishAndList(List.of(site));

        assertThat(leftovers.folders()).containsExactlyInAnyOrder(dir.resolve(".site.old-1"), dir.resolve(".site.staging-2"));
        assertThat(leftovers.journals()).isEmpty();
        assertThat(dir.resolve(".site.old-1")).isDirectory();
    }
}
