package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.search.index.ArticleIndexer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code healthlib search} and {@code healthlib eval} run in-process over an index of a small content folder. */
class SearchCommandTest {
    @TempDir
    Path dir;
    Path index;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeIndex() throws IOException {
        Path content = dir.resolve("content");
        write(content, "reviewers.yaml", "board:\n  name: Medical Editorial Board\n");
        write(content, "synonyms.txt", "zits, pimples, acne\n");
        write(content, "articles/acne.md", article("Acne", "condition", "Pimples & blackheads: what to do if 1 < 2 creams fail."));
        write(content, "articles/asthma.md", article("Asthma", "condition", "Asthma narrows the airways."));
        write(content, "articles/inhalers.md", article("Inhalers", "drug", "Inhalers carry asthma medicine into the lungs."));
        var loaded = new ContentLoader(MarkdownRenderer.forContent())
                .load(new LoadOptions(content, LocalDate.of(2025, 6, 1), false));
        assertThat(loaded.hasErrors()).isFalse();
        index = dir.resolve("search-index");
        ArticleIndexer.writeAtomically(loaded.library(), index);
    }

    @Test
    void printsARankedListWithPlainSnippetsAndFacets() {
        int code = run("search", "--index", index.toString(), "zits");

        assertThat(code).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "1. Acne  /articles/acne/",
                "   Pimples & blackheads: what to do if 1 < 2 creams fail.",
                "1 article found; page 1.  type: condition 1  topic: -");
    }

    @Test
    void printsTheApiJson() throws IOException {
        int code = run("search", "--index", index.toString(), "--json", "asthma");

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("query").asText()).isEqualTo("asthma");
        assertThat(json.get("total").asInt()).isEqualTo(2);
        assertThat(json.get("hits").get(0).get("slug").asText()).isEqualTo("asthma");
        assertThat(json.get("facets").get("type").get("drug").asInt()).isEqualTo(1);
        assertThat(json.get("suggestion").isNull()).isTrue();
    }

    @Test
    void filtersByType() {
        assertThat(run("search", "--index", index.toString(), "--type", "drug", "asthma")).isZero();
        assertThat(out.toString()).startsWith("1. Inhalers  /articles/inhalers/");
    }

    @Test
    void saysWhenNothingIsFoundAndOffersASpelling() {
        assertThat(run("search", "--index", index.toString(), "asthmaa")).isZero();
        assertThat(out.toString()).startsWith("Did you mean: asthma\n1. Asthma");
        assertThat(run("search", "--index", index.toString(), "what is it")).isZero();
        assertThat(out.toString()).isEqualTo("No articles found for \"what is it\".\n");
    }

    @Test
    void aMissingIndexOrABadSizeIsOneLineOnStderr() {
        assertThat(run("search", "--index", dir.resolve("none").toString(), "acne")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("healthlib: error: " + dir.resolve("none").toAbsolutePath()
                + " is not a search index (run 'healthlib build' to write one)\n");
        assertThat(run("search", "--index", index.toString(), "--size", "500", "acne")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("healthlib: error: size must be between 1 and 50, got 500\n");
    }

    @Test
    void evalPrintsTheMetrics() throws IOException {
        Path queries = Files.writeString(dir.resolve("queries.tsv"), "1\tzits\n2\twhat helps asthma\n3\tunjudged\n");
        Path qrels = Files.writeString(dir.resolve("qrels.txt"), "1 0 acne 3\n2 0 inhalers 2\n2 0 asthma 3\n");

        int code = run("eval", "--index", index.toString(), "--queries", queries.toString(), "--qrels", qrels.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("queries 2  nDCG@10 1.000  MRR@10 1.000  recall@10 1.000  judged@10 1.00"
                + "  judged-only nDCG@10 1.000\n");
    }

    @Test
    void evalOfReaderQueriesPrintsSuccessAtThreeAndMrr() throws IOException {
        Path reader = Files.writeString(dir.resolve("reader.tsv"),
                "# query<TAB>acceptable slugs\nzits\tacne\nasthma medicine\tinhalers,asthma\nwheezing\tasthma\n");

        assertThat(run("eval", "--index", index.toString(), "--reader", reader.toString())).isZero();

        assertThat(out.toString()).isEqualTo("queries 3  success@3 0.667 (2)  MRR@10 0.667\n");
    }

    @Test
    void evalComparesWithASavedRunQueryByQuery() throws IOException {
        Path reader = Files.writeString(dir.resolve("reader.tsv"), "zits\tacne\nasthma medicine\tinhalers,asthma\n");
        Path saved = dir.resolve("before.run");
        assertThat(run("eval", "--index", index.toString(), "--reader", reader.toString(), "--save-run", saved.toString()))
                .isZero();
        // a run in which "zits" found its article second and "asthma medicine" nothing
        Files.writeString(saved, "zits\tasthma acne\nasthma medicine\t\n");

        assertThat(run("eval", "--index", index.toString(), "--reader", reader.toString(), "--compare", saved.toString()))
                .isZero();

        assertThat(out.toString().lines().toList()).containsExactly(
                "first relevant rank, before -> after (-: none in the top 50):",
                "   2 ->    1  better  zits",
                "   - ->    1  better  asthma medicine",
                "before: queries 2  success@3 0.500 (1)  MRR@10 0.250",
                "after:  queries 2  success@3 1.000 (2)  MRR@10 1.000",
                "first relevant rank: 2 better, 0 worse, 0 the same");
    }

    @Test
    void evalComparesWithAnotherIndexInTheTrecForm() throws IOException {
        Path queries = Files.writeString(dir.resolve("queries.tsv"), "1\tzits\n2\twhat helps asthma\n");
        Path qrels = Files.writeString(dir.resolve("qrels.txt"), "1 0 acne 3\n2 0 inhalers 2\n");

        int code = run("eval", "--index", index.toString(), "--queries", queries.toString(), "--qrels", qrels.toString(),
                "--compare", index.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("   1 ->    1  same    zits\n").endsWith("first relevant rank: 0 better, 0 worse, 2 the same\n");
    }

    @Test
    void evalNeedsOneFormOfJudgments() throws IOException {
        Path reader = Files.writeString(dir.resolve("reader.tsv"), "zits\tacne\n");

        assertThat(run("eval", "--index", index.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("give --queries and --qrels, or --reader");
        assertThat(run("eval", "--index", index.toString(), "--reader", reader.toString(), "--qrels", reader.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("--reader cannot be combined with --queries or --qrels");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine line = HealthlibCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    static String article(String title, String type, String body) {
        return "---\ntitle: " + title + "\nsummary: About " + title.toLowerCase() + ".\ntype: " + type
                + "\nstatus: published\nreviewed: 2025-01-01\nreviewed_by: board\nsources:\n  - title: A source\n---\n"
                + body + "\n";
    }

    static void write(Path content, String file, String text) throws IOException {
        Path path = content.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
