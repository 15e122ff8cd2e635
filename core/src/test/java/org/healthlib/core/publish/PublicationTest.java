package org.healthlib.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site and its index replaced together or not at all, and what a killed run leaves cleared by the next. */
class PublicationTest {
    @TempDir
    Path dir;

    @Test
    void commitsSeveralFoldersTogetherAndLeavesNothingBeside() throws IOException {
        Path site = folder("site", "old site");
        Path index = folder("index", "old index");

        try (StagedFolder newSite = staged(site, "new site"); StagedFolder newIndex = staged(index, "new index")) {
            Publication.commit(List.of(newSite, newIndex));
        }

        assertThat(content(site)).isEqualTo("new site");
        assertThat(content(index)).isEqualTo("new index");
        assertThat(children()).containsExactly("index", "site");
    }

    @Test
    void aStagedFolderThatIsNotCommittedIsRemovedAndTheTargetKept() throws IOException {
        Path site = folder("site", "old site");

        try (StagedFolder unused = staged(site, "new site")) {
            assertThat(children()).hasSize(2);
        }

        assertThat(content(site)).isEqualTo("old site");
        assertThat(children()).containsExactly("site");
    }

    @Test
    void aFailedSwapPutsBackWhatWasAlreadySwapped() throws IOException {
        Path site = folder("site", "old site");
        Path index = folder("index", "old index");
        try (StagedFolder newSite = staged(site, "new site"); StagedFolder newIndex = staged(index, "new index")) {
            deleteTree(newIndex.root()); // the second swap fails, as on a full or failing disk
            assertThatThrownBy(() -> Publication.commit(List.of(newSite, newIndex))).isInstanceOf(IOException.class);
        }
        assertThat(content(site)).isEqualTo("old site");
        assertThat(content(index)).isEqualTo("old index");
        assertThat(children()).containsExactly("index", "site");
    }

    @Test
    void theNextRunFinishesAPublicationKilledBetweenItsSwapsAndClearsLeftovers() throws IOException, InterruptedException {
        Path site = folder("site", "new site");
        Path index = folder("index", "old index");
        Path stagedIndex = folder(".index.staging-killed", "new index");
        folder(".site.staging-abandoned", "half a site");
        folder(".site.old-previous", "the site before");
        Files.writeString(dir.resolve(Publication.JOURNAL + "123.tmp"), "half a journal");
        Files.writeString(dir.resolve(Publication.JOURNAL), dir.resolve(".site.staging-gone") + "\t" + site + "\n"
                + stagedIndex + "\t" + index + "\n", StandardCharsets.UTF_8);

        Publication.Leftovers leftovers = Publication.finishAndList(List.of(site, index));
        Disposal.background().delete(leftovers.folders());
        Disposal.background().awaitDone();
        List<Path> removed = new ArrayList<>(leftovers.journals());
        removed.addAll(leftovers.folders());

        assertThat(content(site)).isEqualTo("new site");
        assertThat(content(index)).isEqualTo("new index");
        assertThat(children()).containsExactly("index", "site");
        assertThat(removed).extracting(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder(".site.staging-abandoned", ".site.old-previous", ".index.old-" + suffixOf(removed),
                        Publication.JOURNAL + "123.tmp");
    }

    @Test
    void aPublishedFolderIsReadableByOthersLikeAnyFolderMadeHere() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path site = dir.resolve("site");
        try (StagedFolder staged = staged(site, "new site")) {
            staged.commit();
        }
        Path plain = Files.createDirectory(dir.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(site)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    /** The random part of the ".index.old-" folder recovery made of the old index, which it then removed. */
    private static String suffixOf(List<Path> removed) {
        return removed.stream().map(path -> path.getFileName().toString()).filter(name -> name.startsWith(".index.old-"))
                .map(name -> name.substring(".index.old-".length())).findFirst().orElse("?");
    }

    private StagedFolder staged(Path target, String text) throws IOException {
        StagedFolder staged = StagedFolder.beside(target);
        Files.writeString(staged.root().resolve("index.html"), text);
        return staged;
    }

    private Path folder(String name, String text) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("index.html"), text);
        return folder;
    }

    private static String content(Path folder) throws IOException {
        return Files.readString(folder.resolve("index.html"));
    }

    private List<String> children() throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        StagedFolder.deleteTree(folder);
    }
}
