package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDigestTest {
    @TempDir
    Path folder;

    private void tree() throws IOException {
        Files.createDirectories(folder.resolve("articles/heart"));
        Files.writeString(folder.resolve("articles/heart/heart-attack.md"), "---\ntitle: Heart attack\n---\n");
        Files.writeString(folder.resolve("articles/acne.md"), "---\ntitle: Acne\n---\n");
        Files.writeString(folder.resolve("site.yaml"), "title: A library\n");
    }

    private static List<Path> walk(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.toList();
        }
    }

    @Test
    void aPathRelativeToTheWalksRootIsWhatRelativizeGives() throws IOException {
        tree();
        Path cwd = Path.of("").toAbsolutePath();
        Path relativeRoot = cwd.relativize(folder);
        for (Path root : List.of(folder, relativeRoot, Path.of("."), folder.getRoot())) {
            String prefix = root.toString();
            List<Path> paths = root.equals(folder.getRoot()) ? List.of(folder, folder.resolve("site.yaml")) : walk(root);
            for (Path path : paths) {
                assertThat(FolderDigest.relative(prefix, path)).as("%s under %s", path, root)
                        .isEqualTo(root.relativize(path).toString());
            }
        }
        assertThat(FolderDigest.relative("", Path.of("articles/acne.md"))).isEqualTo("articles/acne.md");
    }

    @Test
    void theDigestChangesWithAFilesSizeOrNameAndNotOtherwise() throws IOException {
        tree();
        String first = new FolderDigest().addTree(folder).hex();
        String again = new FolderDigest().addTree(folder).hex();
        Files.writeString(folder.resolve("site.yaml"), "title: A larger library\n");
        String edited = new FolderDigest().addTree(folder).hex();
        Files.move(folder.resolve("articles/acne.md"), folder.resolve("articles/acne-vulgaris.md"));
        String renamed = new FolderDigest().addTree(folder).hex();

        assertThat(again).isEqualTo(first);
        assertThat(edited).isNotEqualTo(first);
        assertThat(renamed).isNotEqualTo(edited).isNotEqualTo(first);
    }
}
