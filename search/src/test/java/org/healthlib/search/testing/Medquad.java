package org.healthlib.search.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.healthlib.core.content.CommitDates;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Article;
import org.healthlib.core.testing.SharedData;
import org.healthlib.core.model.Synonyms;
import org.healthlib.core.config.SearchSettings;
import org.healthlib.search.index.ArticleIndexer;
import org.healthlib.search.index.IndexOptions;
import org.healthlib.search.query.SearchService;

/**
 * The MedQuAD corpus of the shared folder, loaded and indexed once per test run (the relevance
 * and evaluation tests share it). Tests that need it are skipped when the corpus is absent.
 */
public final class Medquad {
    private static List<Article> articles;
    private static Path index;

    private Medquad() {
    }

    public static Path corpus() {
        return SharedData.medquad();
    }

    public static Path evaluation() {
        return SharedData.medquadEval();
    }

    /** Skips the calling test when the corpus is not there. */
    public static void assumePresent() {
        SharedData.require(corpus().resolve("articles"));
    }

    public static synchronized List<Article> articles() {
        assumePresent();
        if (articles == null) {
            LoadResult loaded = new ContentLoader(MarkdownRenderer.forContent(), CommitDates.none())
                    .load(new LoadOptions(corpus(), LocalDate.of(2025, 1, 1), false));
            articles = loaded.library().publishedArticles();
        }
        return articles;
    }

    /**
     * A search service over the corpus, with semantic search as the corpus's {@code site.yaml} leaves it
     * (on); the caller closes it. The articles' vectors come from {@link Embedders#cacheDir()}, so only
     * the first run embeds them.
     */
    public static SearchService search() throws IOException {
        return search(true);
    }

    /** The same index searched by words only ({@code semantic} false) or by words and meaning. */
    public static synchronized SearchService search(boolean semantic) throws IOException {
        if (index == null) {
            List<Article> all = articles();
            Path dir = Files.createTempDirectory("medquad-index");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            index = dir.resolve("index");
            ArticleIndexer.writeAtomically(all, Synonyms.none(), index,
                    IndexOptions.of(SearchSettings.DEFAULTS, Embedders.miniLm(), Embedders.cacheDir()));
        }
        return SearchService.open(index, semantic ? Optional.of(Embedders.miniLm()) : Optional.empty());
    }

    /** A new index of the corpus with the given {@code search:} settings (folder weights); the caller deletes {@code dir}. */
    public static SearchService search(SearchSettings settings, Path dir) throws IOException {
        Path weighted = dir.resolve("index");
        ArticleIndexer.writeAtomically(articles(), Synonyms.none(), weighted,
                IndexOptions.of(settings, Embedders.miniLm(), Embedders.cacheDir()));
        return SearchService.open(weighted, settings.semantic() ? Optional.of(Embedders.miniLm()) : Optional.empty());
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
