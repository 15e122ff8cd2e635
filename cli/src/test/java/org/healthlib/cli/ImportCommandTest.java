package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code healthlib import}: the three legacy articles of seeds/ against their expected drafts, and files it refuses. */
class ImportCommandTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final List<String> SEED_NAMES = List.of("sleep-hygiene", "stress-and-your-body", "talking-to-your-doctor");

    @TempDir
    Path dir;
    Path content;
    final Commands commands = new Commands();

    @BeforeEach
    void writeContent() throws IOException {
        content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("site.yaml"), "base_url: https://health.example.org/\n");
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/editorial-process.md"), "---\ntitle: How we review\n---\nBy boards.\n");
        Files.writeString(content.resolve("reviewers.yaml"), "primary-care-board:\n  name: Primary Care Editorial Board\n"
                + "behavioral-health-board:\n  name: Behavioral Health Editorial Board\n");
    }

    private String[] importing(String... files) {
        return Stream.concat(Stream.of("import", "--content", content.toString()), Stream.of(files)).toArray(String[]::new);
    }

    private String seed(String name) {
        return SEEDS.resolve(name + ".txt").toString();
    }

    private String output() {
        return commands.takeOut().replace(content.toString().replace('\\', '/'), "CONTENT");
    }

    @Test
    void importsTheSeedsAsTheExpectedDrafts() throws IOException {
        int code = commands.run(importing(seed("sleep-hygiene"), seed("stress-and-your-body"), seed("talking-to-your-doctor")));

        assertThat(code).isZero();
        Commands.assertMatchesGolden("import/output.txt", output());
        for (String name : SEED_NAMES) {
            Commands.assertMatchesGolden("import/" + name + ".md", Files.readString(content.resolve("articles/" + name + ".md")));
        }
        assertThat(commands.err.toString()).isEmpty();
    }

    @Test
    void theDraftsPassCheckAndAreNotPublished() {
        commands.run(importing(seed("sleep-hygiene"), seed("stress-and-your-body"), seed("talking-to-your-doctor")));
        commands.takeOut();

        int code = commands.run("check", "--content", content.toString(), "--today", "2026-12-01");

        assertThat(code).isZero();
        assertThat(commands.takeOut()).isEqualTo("Checked 3 articles, 1 page: 0 errors, 0 warnings.\n");
    }

    @Test
    void writesTheReviewerAndTheTypeWhenGiven() throws IOException {
        int code = commands.run(importing("--reviewed-by", "primary-care-board", "--type", "condition", seed("sleep-hygiene")));

        assertThat(code).isZero();
        assertThat(Files.readAllLines(content.resolve("articles/sleep-hygiene.md")))
                .contains("type: condition", "reviewed_by: primary-care-board", "reviewed: 2023-03-14", "status: draft");
    }

    @Test
    void anUnknownReviewerIsAUsageErrorAndNothingIsWritten() {
        int code = commands.run(importing("--reviewed-by", "primary-care-bord", seed("sleep-hygiene")));

        assertThat(code).isEqualTo(2);
        assertThat(commands.err.toString()).startsWith("unknown reviewer 'primary-care-bord' (did you mean "
                + "'primary-care-board'?) (the reviewers are the keys of reviewers.yaml)");
        assertThat(content.resolve("articles/sleep-hygiene.md")).doesNotExist();
    }

    @Test
    void neverOverwritesADraft() throws IOException {
        Path draft = content.resolve("articles/sleep-hygiene.md");
        Files.writeString(draft, "an editor's work\n");

        int code = commands.run(importing(seed("sleep-hygiene")));

        assertThat(code).isEqualTo(1);
        assertThat(output().lines().toList()).containsExactly(
                "../seeds/sleep-hygiene.txt:1:1: error: articles/sleep-hygiene.md already exists; it was not overwritten",
                "Imported 0 of 1 file: 1 error, 0 warnings.");
        assertThat(draft).hasContent("an editor's work");
    }

    @Test
    void filesThatDoNotFitTheShapeAreErrorsWithoutDrafts() throws IOException {
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("empty.txt"), "");
        Files.write(bad.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        Files.write(bad.resolve("nul.txt"), new byte[] {'a', 'b', '\n', 'c', 0, 'd'});
        Files.writeString(bad.resolve("notes.txt"), "Buy milk.\nCall the clinic.\n");
        Files.writeString(bad.resolve("date.txt"), "Text.\nOur promotion.\n\nLast reviewed on 14/03/2023.\n");

        int code = commands.run(importing(Stream.of("empty", "photo", "nul", "notes", "date", "missing")
                .map(name -> bad.resolve(name + ".txt").toString()).toArray(String[]::new)));

        assertThat(code).isEqualTo(1);
        String folder = bad.toString().replace('\\', '/') + "/";
        assertThat(output().replace(folder, "").lines().toList()).containsExactly(
                "empty.txt:1:1: error: file is empty",
                "photo.txt:1:1: error: file is not valid UTF-8 (invalid byte 0x89)",
                "nul.txt:2:2: error: file is not text (a control character such as NUL; is it a binary file?)",
                "notes.txt:1:1: error: no 'Last reviewed on MM/DD/YYYY.' line: not a plain-text article export",
                "date.txt:4:18: error: review date is not a date (expected MM/DD/YYYY, got \"14/03/2023.\")",
                "missing.txt: error: no such file",
                "Imported 0 of 6 files: 6 errors, 0 warnings.");
        try (Stream<Path> drafts = Files.list(content.resolve("articles"))) {
            assertThat(drafts).isEmpty();
        }
    }

    @Test
    void theReadmeOfTheSeedsIsNotAnArticle() {
        int code = commands.run(importing(SEEDS.resolve("README.md").toString()));

        assertThat(code).isEqualTo(1);
        assertThat(output().lines().toList()).containsExactly(
                "../seeds/README.md:49:1: error: more than one line after the 'Last reviewed on' line (only the library "
                        + "boilerplate goes there): not a plain-text article export",
                "Imported 0 of 1 file: 1 error, 0 warnings.");
        assertThat(content.resolve("articles/readme.md")).doesNotExist();
    }

    /** The original document the seeds were made after, when the shared data is there; its text stays out of the repository. */
    @Test
    void importsTheSharedOriginalWhenPresent() throws IOException {
        Path shared = Path.of(System.getProperty("healthlib.shared", "../../shared")).resolve("seeds");
        assumeTrue(Files.isDirectory(shared), "the shared seeds are not at " + shared);
        List<Path> originals;
        try (Stream<Path> files = Files.list(shared)) {
            originals = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!originals.isEmpty(), "no .txt file in " + shared);

        int code = commands.run(importing(originals.stream().map(Path::toString).toArray(String[]::new)));

        assertThat(code).isZero();
        String out = output();
        assertThat(out).contains("warning: dropped the closing promotion", "warning: dropped the library boilerplate",
                "warning: list lead-in whose list was lost in the export");
        assertThat(out.lines().reduce((first, last) -> last).orElseThrow())
                .startsWith("Imported " + originals.size() + " of " + originals.size() + " file");
        assertThat(commands.run("check", "--content", content.toString(), "--today", "2026-12-01")).isZero();
    }
}
