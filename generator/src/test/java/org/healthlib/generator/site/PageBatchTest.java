package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of a built site written again: all of them or none, the one published first included. */
class PageBatchTest {
    @TempDir
    Path site;

    @BeforeEach
    void aBuiltSite() throws IOException {
        Files.createDirectories(site.resolve("articles/afib"));
        Files.writeString(site.resolve("articles/afib/index.html"), "old afib");
        Files.writeString(site.resolve("index.html"), "old home");
    }

    @Test
    void aFilePublishedFirstIsServedAtOnceAndPublishedWithTheRest() throws IOException {
        try (PageBatch batch = PageBatch.over(site)) {
            batch.publishFirst("articles/afib/index.html", "new afib");
            assertThat(site.resolve("articles/afib/index.html")).hasContent("new afib");
            batch.write("index.html", "new home");
            assertThat(site.resolve("index.html")).hasContent("old home");

            assertThat(batch.publish()).containsExactly("articles/afib/index.html", "index.html");
        }
        assertThat(site.resolve("articles/afib/index.html")).hasContent("new afib");
        assertThat(site.resolve("index.html")).hasContent("new home");
        assertThat(hiddenFolders()).isZero();
    }

    @Test
    void aBatchClosedWithoutPublishingPutsBackWhatItsFirstFilesReplaced() throws IOException {
        try (PageBatch batch = PageBatch.over(site)) {
            batch.publishFirst("articles/afib/index.html", "new afib");
            batch.publishFirst("articles/new/index.html", "a new page");
            batch.write("index.html", "new home");
        }
        assertThat(site.resolve("articles/afib/index.html")).hasContent("old afib");
        assertThat(site.resolve("articles/new/index.html")).doesNotExist();
        assertThat(site.resolve("index.html")).hasContent("old home");
        assertThat(hiddenFolders()).isZero();
    }

    private long hiddenFolders() throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".")).count();
        }
    }
}
