package org.healthlib.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.healthlib.cli.Preview;
import org.healthlib.cli.Publisher;
import org.healthlib.core.content.Library;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Article;
import org.healthlib.generator.site.SiteBuilder;
import org.healthlib.generator.site.SitePlan;
import org.healthlib.search.query.SearchService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code healthlib serve} does when an editor saves a change to one article of a large library
 * (by default MedQuAD, 5,483 articles), through serve's own {@link Preview}, then reopens the search:
 * <ul>
 * <li>{@link #editOneArticlesText}: load the file again, check and write its page, replace its
 * search document;
 * <li>{@link #editOneArticlesTitle}: load the file again, plan the site again from the served plan,
 * write the pages that show the title (its own, home, listings, A–Z, related articles, feeds),
 * replace its search document and write the suggested names again;
 * <li>{@link #editOneArticlesSummary}: the same, but the names the search suggests stay as they were;
 * <li>{@link #planTheWholeSite}: for comparison, what planning the edited library from nothing costs.
 * </ul>
 * The target is an edit visible in under 300 ms on 5,000 articles; the file watcher's quiet period
 * (60 ms) and the browser's next check come on top of this. The setup copies the corpus and builds
 * its site and index, as the first build of {@code serve} does. The corpus is the system property
 * {@code healthlib.corpus}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ArticleEditBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private Path workspace;
    private Path content;
    private Preview preview;
    private SearchService search;
    private Library library;
    private SiteBuilder planner;
    private Article edited;
    private String original;
    private int edits;

    @Setup(Level.Trial)
    public void buildLibrary() throws IOException {
        Path corpus = Workspace.corpus().toAbsolutePath();
        workspace = Files.createTempDirectory("healthlib-edit-");
        content = workspace.resolve("content");
        Workspace.copy(corpus, content);
        preview = new Preview(MarkdownRenderer.forContent(), new LoadOptions(content, TODAY, false),
                workspace.resolve("site"), workspace.resolve("index"), new PrintWriter(Writer.nullWriter()));
        Publisher.Outcome outcome = preview.publishAll();
        if (!outcome.succeeded()) {
            throw new IllegalStateException("the corpus does not build");
        }
        search = SearchService.open(workspace.resolve("index"));
        library = outcome.library().orElseThrow();
        planner = new SiteBuilder(MarkdownRenderer.forContent());
        edited = library.publishedArticles().get(library.publishedArticles().size() / 2);
        original = Files.readString(content.resolve(edited.file()), StandardCharsets.UTF_8);
    }

    @Benchmark
    public Article editOneArticlesText() throws IOException {
        Files.writeString(content.resolve(edited.file()), original + "\nEdit number " + (++edits) + ".\n",
                StandardCharsets.UTF_8);
        if (preview.publishText(edited.file()) != Preview.TextOutcome.PUBLISHED) {
            throw new IllegalStateException("the edit of " + edited.file() + " was not published as a text edit");
        }
        search.reload();
        return edited;
    }

    @Benchmark
    public Article editOneArticlesTitle() throws IOException {
        return editFrontMatter("title: \"" + edited.title());
    }

    /** An edit of the summary: the same pages as a title, but the names the search suggests stay. */
    @Benchmark
    public Article editOneArticlesSummary() throws IOException {
        return editFrontMatter("summary: \"");
    }

    /** Adds " (edit n)" after the first {@code start} of the file, and publishes the edit. */
    private Article editFrontMatter(String start) throws IOException {
        int end = original.indexOf(start) + start.length();
        if (end < start.length()) {
            throw new IllegalStateException(edited.file() + " has no line " + start);
        }
        Files.writeString(content.resolve(edited.file()),
                original.substring(0, end) + " (edit " + (++edits) + ")" + original.substring(end), StandardCharsets.UTF_8);
        if (preview.publishText(edited.file()) != Preview.TextOutcome.PUBLISHED) {
            throw new IllegalStateException("the edit of " + start + " in " + edited.file() + " was not published on its own");
        }
        search.reload();
        return edited;
    }

    @Benchmark
    public SitePlan planTheWholeSite() {
        return planner.plan(library);
    }

    @TearDown(Level.Trial)
    public void deleteWorkspace() throws IOException {
        search.close();
        Workspace.delete(workspace);
    }
}
