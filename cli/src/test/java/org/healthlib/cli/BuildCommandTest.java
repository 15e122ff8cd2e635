package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.search.query.SearchHit;
import org.healthlib.search.query.SearchRequest;
import org.healthlib.search.query.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code healthlib build} run in-process on small content folders. */
class BuildCommandTest {
    @TempDir
    Path dir;
    Path content;
    Path site;
    Path index;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeContent() throws IOException {
        content = dir.resolve("content");
        site = dir.resolve("site");
        index = dir.resolve("index");
        write("site.yaml", "title: Test Library\nbase_url: https://health.example.org/\n");
        write("reviewers.yaml", "board:\n  name: Medical Editorial Board\n");
        write("pages/editorial-process.md", "---\ntitle: How we review\n---\nEvery article is reviewed.\n");
        write("articles/asthma.md", article("Asthma", "published", "See [the flu](flu.md)."));
        write("articles/flu.md", article("Flu", "published", "Rest and drink fluids."));
        write("articles/covid.md", article("COVID-19", "draft", "Not ready."));
    }

    @Test
    void buildsTheSiteAndEndsWithASummary() throws IOException {
        int code = run("build", "--content", content.toString(), "--out", site.toString(), "--index", index.toString(), "--today", "2025-06-01");

        assertThat(code).isZero();
        assertThat(out.toString()).matches("Built 2 articles, 1 page in " + quoted(site)
                + " and the search index in " + quoted(index) + ": 0 errors, 0 warnings \\(\\d+\\.\\d s\\)\\.\\R");
        assertThat(site.resolve("articles/asthma/index.html")).content().contains("<a href=\"../../articles/flu/\">the flu</a>");
        assertThat(site.resolve("articles/covid")).doesNotExist();
        assertThat(searchSlugs("influenza fluids")).containsExactly("flu");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBuildKeepsTheSiteAndIndexItReplacedUntilTheNextBuildWhichDeletesThemAndWhatKilledRunsLeft()
            throws IOException {
        String[] build = {"build", "--content", content.toString(), "--out", site.toString(), "--index", index.toString(),
                "--today", "2025-06-01", "--clean"};
        assertThat(run(build)).isZero();
        assertThat(children()).containsExactlyInAnyOrder("content", "site", "index", ".healthlib-cache");
        String firstPage = Files.readString(site.resolve("articles/flu/index.html"));

        assertThat(run(build)).isZero();
        List<String> afterSecond = children();
        assertThat(afterSecond).hasSize(6).contains("content", "site", "index", ".healthlib-cache")
                .anyMatch(name -> name.startsWith(".site.old-")).anyMatch(name -> name.startsWith(".index.old-"));
        Path replaced = dir.resolve(afterSecond.stream().filter(name -> name.startsWith(".site.old-")).findFirst().orElseThrow());
        assertThat(replaced.resolve("articles/flu/index.html")).hasContent(firstPage);
        Files.createDirectories(dir.resolve(".site.staging-killed/articles"));
        Files.writeString(dir.resolve(".site.staging-killed/articles/index.html"), "half a page");

        assertThat(run(build)).isZero();
        List<String> afterThird = children();
        assertThat(afterThird).hasSize(6).doesNotContain(".site.staging-killed")
                .doesNotContainAnyElementsOf(afterSecond.stream().filter(name -> name.contains(".old-")).toList());
        assertThat(searchSlugs("influenza fluids")).containsExactly("flu");
    }

    private List<String> children() throws IOException {
        try (var listed = Files.list(dir)) {
            return listed.map(path -> path.getFileName().toString()).toList();
        }
    }

    @Test
    void withDraftsBuildsAPreview() {
        int code = run("build", "--content", content.toString(), "--out", site.toString(), "--index", index.toString(), "--today", "2025-06-01",
                "--drafts");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Built 3 articles, 1 page in ");
        assertThat(site.resolve("articles/covid/index.html")).content().contains("Draft — not published.");
    }

    @Test
    void aBrokenLinkFailsTheBuildAndLeavesThePreviousSite() throws IOException {
        assertThat(run("build", "--content", content.toString(), "--out", site.toString(), "--index", index.toString(), "--today", "2025-06-01"))
                .isZero();
        String before = Files.readString(site.resolve("articles/asthma/index.html"));
        write("articles/asthma.md", article("Asthma", "published", "See [the flu](influenza.md)."));

        int code = run("build", "--content", content.toString(), "--out", site.toString(), "--index", index.toString(), "--today", "2025-06-01");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines().toList()).endsWith(
                "articles/asthma.md:11:5: error: broken link 'influenza.md': no article or page is written in that file",
                "Build failed: 1 error, 0 warnings; " + site + " and " + index + " were left as they were ("
                        + out.toString().replaceAll("(?s).*\\((\\d+\\.\\d s)\\)\\.\\R$", "$1") + ").");
        assertThat(site.resolve("articles/asthma/index.html")).hasContent(before);
    }

    @Test
    void contentErrorsStopTheBuildBeforeAnythingIsWritten() throws IOException {
        write("articles/flu.md", article("Flu", "published", "Text.").replace("reviewed: 2025-01-01", "reviewed: 01/2025"));

        int code = run("build", "--content", content.toString(), "--out", site.toString(), "--index", index.toString(), "--today", "2025-06-01");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("articles/flu.md:6:11: error: ").contains("Build failed: 1 error");
        assertThat(site).doesNotExist();
        assertThat(index).doesNotExist();
    }

    @Test
    void aMissingContentFolderIsOneLineOnStderr() {
        int code = run("build", "--content", dir.resolve("nothing").toString(), "--out", site.toString(), "--index", index.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("healthlib: error: content folder '" + dir.resolve("nothing").toString()
                .replace('\\', '/') + "' does not exist" + System.lineSeparator());
    }

    private List<String> searchSlugs(String query) throws IOException {
        try (SearchService search = SearchService.open(index)) {
            return search.search(new SearchRequest(query, Optional.empty(), Optional.empty(), 1, 10)).hits().stream()
                    .map(SearchHit::slug).toList();
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine line = org.healthlib.cli.HealthlibCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private static String article(String title, String status, String body) {
        return "---\ntitle: " + title + "\nsummary: About " + title + ".\ntype: condition\nstatus: " + status
                + "\nreviewed: 2025-01-01\nreviewed_by: board\nsources:\n  - title: A source\n---\n" + body + "\n";
    }

    private void write(String file, String text) throws IOException {
        Path path = content.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static String quoted(Path path) {
        return java.util.regex.Pattern.quote(path.toString());
    }
}
