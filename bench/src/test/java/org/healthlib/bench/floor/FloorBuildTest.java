package org.healthlib.bench.floor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthlib.bench.corpus.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorBuildTest {

    @TempDir
    Path temp;

    @Test
    void theBodyIsWhatFollowsTheFrontMatter() {
        assertThat(FloorBuild.body("---\ntitle: Asthma\n---\n# Asthma\n\nText.\n")).isEqualTo("# Asthma\n\nText.\n");
        assertThat(FloorBuild.body("# No front matter\n")).isEqualTo("# No front matter\n");
    }

    @Test
    void writesAPageForEachArticleAndIndexesEveryBody() throws IOException, InterruptedException {
        CorpusGenerator.generate(12, 1, temp.resolve("content"), null);
        FloorBuild floor = new FloorBuild(2);
        Path articles = temp.resolve("content/articles");

        var bodies = floor.renderAll(articles, FloorBuild.articleFiles(articles), temp.resolve("site"));
        floor.indexAll(bodies, temp.resolve("index"));

        assertThat(bodies).hasSize(12).allSatisfy(body -> assertThat(body).doesNotStartWith("---"));
        try (var pages = Files.walk(temp.resolve("site"))) {
            assertThat(pages.filter(page -> page.toString().endsWith(".html"))).hasSize(12);
        }
        assertThat(temp.resolve("index/segments_1")).exists();
    }
}
