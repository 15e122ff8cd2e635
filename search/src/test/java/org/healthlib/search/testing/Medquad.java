package org.healthlib.search.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.healthlib.core.content.CommitDates;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Article;
import org.healthlib.core.testing.SharedData;
import org.healthlib.core.model.Synonyms;
import org.healthlib.search.index.ArticleIndexer;
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

    /** A search service over the corpus; the caller closes it. */
    public static synchronized SearchService search() throws IOException {
        if (index == null) {
            List<Article> all = articles();
            Path dir = Files.createTempDirectory("medquad-index");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            index = dir.resolve("index");
            ArticleIndexer.writeAtomically(all, Synonyms.none(), index);
        }
        return SearchService.open(index);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
