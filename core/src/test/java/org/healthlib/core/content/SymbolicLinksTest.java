package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links in a content folder: read when they stay in it, refused (and never followed) when they leave it. */
class SymbolicLinksTest {
    private static final String ARTICLE = "---\ntitle: Gout\nsummary: A painful joint.\ntype: condition\n---\nA swollen toe.\n";

    @TempDir
    Path dir;

    @Test
    void aLinkOutOfTheFolderIsAnErrorAndALinkWithinItIsRead() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path outside = Files.writeString(dir.resolve("secret.md"), ARTICLE.replace("Gout", "Secret"));
        Files.createDirectories(content.resolve("articles"));
        Files.createDirectories(content.resolve("drafts"));
        Path real = Files.writeString(content.resolve("drafts/gout.md"), ARTICLE);
        Files.createDirectories(content.resolve("static"));
        assumeTrue(link(content.resolve("articles/secret.md"), outside), "symbolic links cannot be made here");
        link(content.resolve("articles/gout.md"), real);
        link(content.resolve("articles/nowhere.md"), dir.resolve("missing.md"));
        link(content.resolve("articles/loop"), content.resolve("articles")); // never followed: no endless walk
        link(content.resolve("static/passwd"), Path.of("/etc/passwd"));

        LoadResult result = new ContentLoader(MarkdownRenderer.forChecking(), CommitDates.none())
                .load(new LoadOptions(content, LocalDate.of(2025, 6, 1), false));

        assertThat(result.library().articles()).extracting(article -> article.title()).containsExactly("Gout");
        assertThat(result.library().staticFiles()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).filteredOn(line -> line.contains("symbolic"))
                .containsExactly(
                        "articles/nowhere.md: error: is a symbolic link to a file that does not exist",
                        "articles/secret.md: error: is a symbolic link to " + outside.toRealPath()
                                + ", outside the content folder; it is not read (copy the file into the folder instead)",
                        "static/passwd: error: is a symbolic link to " + Path.of("/etc/passwd").toRealPath()
                                + ", outside the content folder; it is not read (copy the file into the folder instead)");
    }

    private static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
