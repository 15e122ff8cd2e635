package org.healthlib.core.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.config.SiteConfigLoader;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.Page;
import org.healthlib.core.model.ReviewerRegistry;

/**
 * Loads a content folder (see CONTENT-FORMAT.md): site.yaml, reviewers.yaml, articles, pages and
 * synonyms, collecting every problem as a diagnostic. Articles are parsed and rendered in parallel.
 *
 * <p>The steps: site.yaml → {@link SiteConfig}; reviewers.yaml → {@link ReviewerRegistry};
 * synonyms.txt checked; each article read, checked and rendered ({@link ArticleLoader}); slugs and
 * aliases checked across the folder ({@link DuplicateChecks}); pages loaded ({@link PageLoader}).
 */
public final class ContentLoader {
    static final Path SITE = Path.of("site.yaml");
    static final Path REVIEWERS = Path.of("reviewers.yaml");
    static final Path SYNONYMS = Path.of("synonyms.txt");

    private final MarkdownRenderer renderer;
    private final CommitDates commitDates;

    /** A loader that takes {@code updated} defaults from git when the folder is in git. */
    public ContentLoader(MarkdownRenderer renderer) {
        this(renderer, CommitDates.git());
    }

    public ContentLoader(MarkdownRenderer renderer, CommitDates commitDates) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.commitDates = Objects.requireNonNull(commitDates, "commitDates");
    }

    /**
     * Loads the folder.
     *
     * @throws ContentFolderException when the folder does not exist or is not a directory
     */
    public LoadResult load(LoadOptions options) {
        Path root = options.root();
        if (!Files.isDirectory(root)) {
            throw new ContentFolderException(root, Files.exists(root) ? "is not a folder" : "does not exist");
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = siteConfig(options, diagnostics);
        ReviewerRegistry reviewers = reviewers(root, diagnostics);
        Optional<Path> synonyms = synonyms(root, diagnostics);
        FolderScanner.Listing files = FolderScanner.scan(root, diagnostics);

        List<Article> articles = articles(root, files.articles(), config, reviewers, diagnostics);
        List<Page> pages = new PageLoader(root, renderer).load(files.pages(), diagnostics);
        Library library = new Library(root, config, reviewers, articles, pages, synonyms);
        return new LoadResult(library, diagnostics.sorted(), files.articles().size(), files.pages().size());
    }

    /**
     * Loads one article file of a loaded folder again, after an edit, with the folder's
     * {@code site.yaml} and reviewers as the library has them. Checks across files (a slug used
     * twice) are not made: callers use this for an article whose front matter did not change,
     * and load the whole folder otherwise.
     *
     * @param file the article, relative to the content folder
     */
    public ArticleReload reload(Library library, Path file) {
        Map<Path, LocalDate> dates = commitDates.of(library.root());
        ArticleReader reader = new ArticleReader(new EditorialReader(library.config(), library.reviewers(), dates));
        LoadedArticle loaded = new ArticleLoader(library.root(), reader, renderer, library.config()).load(file);
        return new ArticleReload(loaded.article(), loaded.diagnostics());
    }

    /** What loading one article again gave: the article when it had no errors, and its diagnostics. */
    public record ArticleReload(Optional<Article> article, List<Diagnostic> diagnostics) {
        public ArticleReload {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private List<Article> articles(Path root, List<Path> files, SiteConfig config, ReviewerRegistry reviewers,
                                   Diagnostics diagnostics) {
        Map<Path, LocalDate> dates = files.isEmpty() ? Map.of() : commitDates.of(root);
        ArticleReader reader = new ArticleReader(new EditorialReader(config, reviewers, dates));
        ArticleLoader loader = new ArticleLoader(root, reader, renderer, config);
        List<LoadedArticle> loaded = files.parallelStream().map(loader::load).toList();
        loaded.forEach(item -> diagnostics.addAll(item.diagnostics()));
        return DuplicateChecks.uniqueArticles(loaded, diagnostics);
    }

    private static SiteConfig siteConfig(LoadOptions options, Diagnostics diagnostics) {
        String text = Files.exists(options.root().resolve(SITE))
                ? TextFiles.read(options.root(), SITE, diagnostics).orElse("") : "";
        return SiteConfigLoader.load(SITE, text, options.today(), options.includeDrafts(), diagnostics);
    }

    private static ReviewerRegistry reviewers(Path root, Diagnostics diagnostics) {
        if (!Files.exists(root.resolve(REVIEWERS))) {
            return ReviewerRegistry.empty();
        }
        return TextFiles.read(root, REVIEWERS, diagnostics)
                .map(text -> ReviewersLoader.load(REVIEWERS, text, diagnostics))
                .orElse(ReviewerRegistry.empty());
    }

    private static Optional<Path> synonyms(Path root, Diagnostics diagnostics) {
        if (!Files.exists(root.resolve(SYNONYMS))) {
            return Optional.empty();
        }
        TextFiles.read(root, SYNONYMS, diagnostics).ifPresent(text -> SynonymsFile.check(SYNONYMS, text, diagnostics));
        return Optional.of(root.resolve(SYNONYMS));
    }
}
