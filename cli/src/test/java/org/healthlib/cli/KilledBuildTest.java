package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.healthlib.core.publish.Disposal;
import org.healthlib.core.publish.Publication;
import org.healthlib.search.query.SearchRequest;
import org.healthlib.search.query.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build process killed ({@code kill -9}) at several moments: what it leaves is, once the next
 * build has started (it first runs {@link Publication#finishAndList} and hands the leftovers to
 * {@link Disposal}), the previous site and index as they were or both new, never one of each; and
 * the next build leaves nothing of it behind but the site and index it replaced itself.
 */
class KilledBuildTest {
    private static final int ARTICLES = 300;
    private static final long[] KILL_AFTER_MILLIS = {300, 900, 1500, 2200, 3000, 4000, 5500, 7000};

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesTheOldSiteAndIndexOrBothNewAndTheNextBuildClearsItsLeftovers()
            throws IOException, InterruptedException {
        Path content = dir.resolve("content");
        Path site = dir.resolve("out/site");
        Path index = dir.resolve("out/index");
        writeLibrary(content, "firstedition");
        assertThat(build(content, site, index).waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(edition(site, index)).isEqualTo("firstedition");

        writeLibrary(content, "secondedition");
        for (long millis : KILL_AFTER_MILLIS) {
            Process process = build(content, site, index);
            Thread.sleep(millis);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            Disposal.background().delete(Publication.finishAndList(List.of(site, index)).folders());
            Disposal.background().awaitDone();
            assertThat(edition(site, index)).as("killed after %d ms", millis).isIn("firstedition", "secondedition");
        }
        assertThat(build(content, site, index).waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(edition(site, index)).isEqualTo("secondedition");
        try (Stream<Path> left = Files.list(dir.resolve("out"))) {
            // and the record of the last build (BuildCache), beside the site, and the site and index
            // that build replaced, kept until the next build deletes them (none when the last killed
            // run had finished and this build found nothing to do)
            List<String> names = left.map(path -> path.getFileName().toString().replaceAll("\\.old-.*", ".old-")).toList();
            assertThat(names).doesNotHaveDuplicates().contains("site", "index", ".healthlib-cache")
                    .isSubsetOf("site", "index", ".healthlib-cache", ".site.old-", ".index.old-");
            assertThat(names.contains(".site.old-")).isEqualTo(names.contains(".index.old-"));
        }
    }

    /** The edition both the site and the index hold; a test failure when they differ. */
    private static String edition(Path site, Path index) throws IOException {
        String page = Files.readString(site.resolve("articles/topic-1/index.html"));
        String inSite = page.contains("secondedition") ? "secondedition" : page.contains("firstedition") ? "firstedition" : "?";
        try (SearchService search = SearchService.open(index)) {
            String inIndex = search.search(SearchRequest.of("secondedition")).total() > 0 ? "secondedition"
                    : search.search(SearchRequest.of("firstedition")).total() > 0 ? "firstedition" : "?";
            assertThat(inIndex).as("the index's edition against the site's").isEqualTo(inSite);
            return inSite;
        }
    }

    private Process build(Path content, Path site, Path index) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--content", content.toString(), "--out", site.toString(),
                "--index", index.toString(), "--today", "2025-06-01")
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
    }

    private static void writeLibrary(Path content, String edition) throws IOException {
        Files.createDirectories(content.resolve("articles"));
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("site.yaml"), "title: Test Library\nbase_url: https://health.example.org/\n");
        Files.writeString(content.resolve("reviewers.yaml"), "board:\n  name: Medical Editorial Board\n");
        Files.writeString(content.resolve("pages/editorial-process.md"),
                "---\ntitle: How we review\n---\nEvery article is reviewed.\n");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("## Part ").append(i).append("\n\nThis part of the article is about the body and its care. ")
                    .append("Rest well, eat well and see a doctor when something feels wrong.\n\n");
        }
        for (int i = 1; i <= ARTICLES; i++) {
            Files.writeString(content.resolve("articles/topic-" + i + ".md"), """
                    ---
                    title: Topic %d
                    summary: About topic %d, in the %s.
                    type: condition
                    topics: [group-%d]
                    status: published
                    reviewed: 2025-03-01
                    reviewed_by: board
                    sources:
                      - title: A source
                        url: https://www.nih.gov/
                    ---
                    This is the %s of topic %d.

                    %s""".formatted(i, i, edition, i % 10, edition, i, body));
        }
    }
}
