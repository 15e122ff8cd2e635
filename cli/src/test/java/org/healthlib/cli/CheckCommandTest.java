package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code healthlib check} in-process on small content folders written by each test. */
class CheckCommandTest {
    private static final String REVIEWERS = "cardiology-board:\n  name: Heart Health Editorial Board\n";
    private static final String HEART_ATTACK = """
            ---
            title: Heart attack
            summary: What happens in a heart attack, and what to do.
            type: condition
            status: published
            reviewed: 2024-01-15
            reviewed_by: cardiology-board
            sources:
              - title: Heart Attack
                url: https://www.nhlbi.nih.gov/health/heart-attack
            ---
            ## What is a heart attack?

            Blood cannot reach part of the heart. Call 911 if you have chest pain.
            """;

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(String... args) {
        CommandLine line = HealthlibCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return line.execute(all);
    }

    private void write(String file, String text) throws IOException {
        Path path = folder.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void aFolderWithoutErrorsPrintsTheSummaryAndExitsWithZero() throws IOException {
        write("site.yaml", "base_url: https://health.example.org/\n");
        write("reviewers.yaml", REVIEWERS);
        write("articles/heart/heart-attack.md", HEART_ATTACK);
        write("pages/editorial-process.md", "---\ntitle: How we review\n---\nEvery article is reviewed.\n");

        int code = check("--content", folder.toString(), "--today", "2025-06-01");

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly("Checked 1 article, 1 page: 0 errors, 0 warnings.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsEachProblemThenTheSummaryAndExitsWithOneOnErrors() throws IOException {
        write("reviewers.yaml", REVIEWERS);
        write("articles/heart/heart-attack.md", HEART_ATTACK);
        write("articles/afib.md", HEART_ATTACK.replace("reviewed: 2024-01-15", "reviwed: 2024-01-15")
                .replace("title: Heart attack", "title: Atrial fibrillation"));

        int code = check("--content", folder.toString(), "--today", "2026-12-01");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                "articles/afib.md:5:9: error: published article needs 'reviewed'",
                "articles/afib.md:6:1: error: unknown key 'reviwed' (did you mean 'reviewed'?)",
                "articles/heart/heart-attack.md:6:11: warning: review is due soon (next review on 2027-01-15)",
                "pages/editorial-process.md: warning: no page with the slug 'editorial-process': articles will not"
                        + " link to how they are reviewed; add pages/editorial-process.md",
                "site.yaml: warning: base_url '/' is not an absolute URL: canonical links, sitemap.xml and feed.xml"
                        + " need one (such as https://library.example.org/)",
                "Checked 2 articles, 0 pages: 2 errors, 3 warnings.");
    }

    @Test
    void aFolderWithTemplatesOfItsOwnHasItsPagesRenderedInAScratchFolderRemovedAfter() throws IOException {
        write("site.yaml", "base_url: https://health.example.org/\n");
        write("reviewers.yaml", REVIEWERS);
        write("articles/heart-attack.md", HEART_ATTACK);
        write("pages/editorial-process.md", "---\ntitle: How we review\n---\nEvery article is reviewed.\n");
        write("templates/article.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page>
                <h1>${page.title}</h1>
                <p>Also called ${page.alsoCalled[0]}</p>
                </@layout.page>
                """);
        List<Path> scratchBefore = scratchFolders();
        List<Path> contentBefore = files(folder);

        int code = check("--content", folder.toString(), "--today", "2025-06-01");

        assertThat(out.toString().lines()).containsExactly(
                "templates/article.ftlh:4:18: error: 'page.alsoCalled[0]' is null or missing on a page; give it a default"
                + " ('page.alsoCalled[0]!\"\"') or test it first ('<#if page.alsoCalled[0]??>')",
                "Checked 1 article, 1 page: 1 error, 0 warnings.");
        assertThat(code).isEqualTo(1);
        assertThat(scratchFolders()).containsExactlyInAnyOrderElementsOf(scratchBefore);
        assertThat(files(folder)).containsExactlyElementsOf(contentBefore);
    }

    @Test
    void theTemplatesOfAFolderAreRenderedOnThePagesTheBuildWouldWrite() throws IOException {
        write("site.yaml", "base_url: https://health.example.org/\n");
        write("reviewers.yaml", REVIEWERS);
        write("articles/heart-attack.md", HEART_ATTACK + "\n## What to do\n\nCall 911 at once.\n");
        write("pages/editorial-process.md", "---\ntitle: How we review\n---\nEvery article is reviewed.\n");
        // The table of contents (two sections or more) is read from the body's HTML: a check
        // without HTML would have none, and would report an error that the build does not.
        write("templates/article.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page>
                <h1>${page.title}</h1>
                <p>Second: ${page.toc[1].text}</p>
                </@layout.page>
                """);

        int code = check("--content", folder.toString(), "--today", "2025-06-01");

        assertThat(out.toString().lines()).containsExactly("Checked 1 article, 1 page: 0 errors, 0 warnings.");
        assertThat(code).isZero();
    }

    private static List<Path> scratchFolders() throws IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(path -> path.getFileName().toString().startsWith("healthlib-check-")).toList();
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted().toList();
        }
    }

    @Test
    void judgesReviewDatesAgainstTheGivenDay() throws IOException {
        write("reviewers.yaml", REVIEWERS);
        write("articles/heart-attack.md", HEART_ATTACK);

        assertThat(check("--content", folder.toString(), "--today", "2027-02-01")).isZero();
        assertThat(out.toString()).contains("articles/heart-attack.md:6:11: warning: review is overdue "
                + "(next review was due on 2027-01-15)");
    }

    @Test
    void aMissingFolderIsOneLineOnStandardErrorAndExitCodeTwo() {
        int code = check("--content", folder.resolve("nowhere").toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines())
                .containsExactly("healthlib: error: content folder '" + folder.resolve("nowhere").toString().replace('\\', '/')
                        + "' does not exist");
    }

    @Test
    void aBadDateOptionIsAUsageError() {
        int code = check("--content", folder.toString(), "--today", "01/06/2025");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("'01/06/2025' is not a date (expected yyyy-mm-dd)");
    }

    @Test
    void hasHelpAndVersion() {
        assertThat(check("--help")).isZero();
        assertThat(out.toString()).contains("Usage: healthlib check", "--content=DIR", "--today=yyyy-mm-dd", "--version");

        assertThat(check("--version")).isZero();
        assertThat(out.toString()).contains("healthlib ");
    }
}
