package org.healthlib.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.healthlib.bench.corpus.CorpusGenerator;
import org.healthlib.bench.floor.FloorBuild;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.Library;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Article;

/**
 * The library the hot-path benchmarks work on: a generated corpus of {@code healthlib.hotpath.articles}
 * articles (default 300, seed 1), loaded once, or the folder {@code healthlib.corpus} when given.
 * The benchmarks take its articles in turn, so no one article's shape decides the figure.
 */
final class SmallLibrary {
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1); // every generated review is current

    final Path workspace;
    final MarkdownRenderer markdown = MarkdownRenderer.forContent();
    final Library library;
    final List<Article> articles;
    /** The Markdown of each article's body, in the order of {@link #articles}. */
    final List<String> bodies;

    private SmallLibrary(Path workspace, Library library) throws IOException {
        this.workspace = workspace;
        this.library = library;
        this.articles = library.publishedArticles();
        List<String> texts = new ArrayList<>();
        for (Article article : articles) {
            texts.add(FloorBuild.body(Files.readString(library.root().resolve(article.file()), StandardCharsets.UTF_8)));
        }
        this.bodies = List.copyOf(texts);
    }

    static SmallLibrary create() throws IOException {
        Path workspace = Files.createTempDirectory("healthlib-hotpath-");
        String corpus = System.getProperty("healthlib.corpus");
        Path content = corpus != null ? Path.of(corpus).toAbsolutePath() : workspace.resolve("content");
        if (corpus == null) {
            CorpusGenerator.generate(Integer.getInteger("healthlib.hotpath.articles", 300), 1, content, null);
        }
        LoadResult loaded = new ContentLoader(MarkdownRenderer.forContent()).load(new LoadOptions(content, TODAY, false));
        if (loaded.hasErrors()) {
            throw new IllegalStateException(content + " does not load: " + loaded.errorCount() + " errors");
        }
        return new SmallLibrary(workspace, loaded.library());
    }

    void delete() throws IOException {
        Workspace.delete(workspace);
    }
}
