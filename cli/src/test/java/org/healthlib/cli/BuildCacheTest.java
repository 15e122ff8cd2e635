package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code healthlib build} skips a build when nothing it reads has changed and its site and index are as it left them. */
class BuildCacheTest {
    private static final String TODAY = "2025-06-01";

    @TempDir
    Path dir;
    Path content;
    Path site;
    Path index;
    final StringWriter out = new StringWriter();

    @BeforeEach
    void buildOnce() throws IOException {
        content = dir.resolve("content");
        site = dir.resolve("site");
        index = dir.resolve("index");
        write("site.yaml", "title: Test Library\nbase_url: https://health.example.org/\n");
        write("reviewers.yaml", "board:\n  name: Medical Editorial Board\n");
        write("pages/editorial-process.md", "---\ntitle: How we review\n---\nEvery article is reviewed.\n");
        write("articles/asthma.md", article("Asthma", "See [the flu](flu.md)."));
        write("articles/flu.md", article("Flu", "Rest and drink fluids."));
        assertThat(build()).isZero();
        assertThat(out.toString()).contains("Built 2 articles");
    }

    @Test
    void aSecondBuildOfTheSameFolderIsUpToDateAndPrintsTheSameDiagnostics() throws IOException {
        write("articles/flu.md", article("Flu", "Rest and drink fluids.").replace("reviewed: 2025-01-01", "reviewed: 2020-01-01"));
        assertThat(build()).isZero();
        List<String> diagnostics = withoutLastLine(out.toString());
        Object siteFolder = Files.readAttributes(site, "unix:ino").get("ino");

        int code = build();

        assertThat(code).isZero();
        assertThat(diagnostics).isNotEmpty();
        assertThat(withoutLastLine(out.toString())).isEqualTo(diagnostics);
        assertThat(lastLine()).startsWith("Up to date: 2 articles, 1 page in " + site + " and the search index in " + index
                + ": 0 errors, " + diagnostics.size() + " warning").contains("nothing has changed since the last build");
        assertThat(Files.readAttributes(site, "unix:ino").get("ino")).as("the site was not replaced").isEqualTo(siteFolder);
    }

    @Test
    void aChangedArticleIsBuilt() throws IOException {
        write("articles/flu.md", article("Flu", "Rest, and drink fluids."));

        assertThat(build()).isZero();
        assertThat(lastLine()).startsWith("Built 2 articles");
        assertThat(site.resolve("articles/flu/index.html")).content().contains("Rest, and drink fluids.");
    }

    @Test
    void aTouchedTemplateOrAnAddedFileIsBuilt() throws IOException {
        try (var theme = BuildCacheTest.class.getResourceAsStream("/theme/404.ftlh")) {
            write("templates/404.ftlh", new String(theme.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(build()).isZero();
        assertThat(lastLine()).startsWith("Built");
        assertThat(build()).isZero();
        assertThat(lastLine()).startsWith("Up to date");

        Files.setLastModifiedTime(content.resolve("templates/404.ftlh"), FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));

        assertThat(build()).isZero();
        assertThat(lastLine()).startsWith("Built");
    }

    @Test
    void anotherDayIsBuilt() {
        assertThat(build("--today", "2025-06-02")).isZero();
        assertThat(lastLine()).startsWith("Built");
    }

    @Test
    void aDeletedOrChangedOutputIsBuiltAgain() throws IOException {
        Files.delete(firstFileUnder(index).orElseThrow());
        assertThat(build()).isZero();
        assertThat(lastLine()).startsWith("Built");

        deleteTree(site);
        assertThat(build()).isZero();
        assertThat(lastLine()).startsWith("Built");

        Files.writeString(site.resolve("articles/flu/index.html"), "changed by hand");
        assertThat(build()).isZero();
        assertThat(lastLine()).startsWith("Built");
        assertThat(site.resolve("articles/flu/index.html")).content().contains("Rest and drink fluids.");
    }

    @Test
    void cleanBuildsEverything() {
        assertThat(build("--clean")).isZero();
        assertThat(lastLine()).startsWith("Built");
    }

    @Test
    void aFailedBuildIsNeverTakenForAFinishedOne() throws IOException {
        String flu = Files.readString(content.resolve("articles/flu.md"));
        write("articles/flu.md", flu.replace("reviewed: 2025-01-01", "reviewed: 01/2025"));
        assertThat(build()).isEqualTo(1);
        write("articles/flu.md", flu);
        Files.setLastModifiedTime(content.resolve("articles/flu.md"), FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));

        assertThat(build()).isZero();
        assertThat(lastLine()).startsWith("Built");
    }

    @Test
    void theCacheIsNeverInsideThePublishedFolders() {
        assertThatThrownBy(() -> BuildCache.in(site.resolve("cache"), site, index))
                .hasMessageContaining("refusing to keep the build cache in");
        assertThat(BuildCache.defaultFolder(site)).isEqualTo(dir.resolve(".healthlib-cache").toAbsolutePath());
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private java.util.Optional<Path> firstFileUnder(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int build(String... extra) {
        out.getBuffer().setLength(0);
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", site.toString(),
                "--index", index.toString()));
        args.addAll(List.of(extra));
        if (!args.contains("--today")) {
            args.addAll(List.of("--today", TODAY));
        }
        CommandLine line = HealthlibCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(new StringWriter(), true));
        return line.execute(args.toArray(String[]::new));
    }

    private String lastLine() {
        List<String> lines = out.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static List<String> withoutLastLine(String printed) {
        List<String> lines = printed.lines().toList();
        return lines.subList(0, lines.size() - 1);
    }

    private static String article(String title, String body) {
        return "---\ntitle: " + title + "\nsummary: About " + title + ".\ntype: condition\nstatus: published"
                + "\nreviewed: 2025-01-01\nreviewed_by: board\nsources:\n  - title: A source\n---\n" + body + "\n";
    }

    private void write(String file, String text) throws IOException {
        Path path = content.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
