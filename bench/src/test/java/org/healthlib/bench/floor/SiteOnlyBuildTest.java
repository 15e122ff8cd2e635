package org.healthlib.bench.floor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.healthlib.bench.corpus.CorpusGenerator;
import org.healthlib.generator.site.BuildReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteOnlyBuildTest {

    @TempDir
    Path temp;

    @Test
    void rendersTheWholeSiteOfAGeneratedCorpusAndNoIndex() throws IOException {
        CorpusGenerator.generate(12, 1, temp.resolve("content"), null);

        BuildReport report = SiteOnlyBuild.build(temp.resolve("content"), temp.resolve("site"), LocalDate.of(2026, 7, 1));

        assertThat(report.succeeded()).isTrue();
        assertThat(report.articles()).isEqualTo(12);
        try (Stream<Path> pages = Files.list(temp.resolve("site/articles"))) {
            assertThat(pages.filter(page -> Files.isRegularFile(page.resolve("index.html")))).hasSize(12);
        }
        assertThat(temp.resolve("site/sitemap.xml")).exists();
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("content", "site");
        }
    }
}
