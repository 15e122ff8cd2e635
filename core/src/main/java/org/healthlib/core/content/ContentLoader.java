package org.healthlib.core.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.config.SiteConfigLoader;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.Page;
import org.healthlib.core.model.ReviewerRegistry;
import org.healthlib.core.model.Synonyms;
import org.healthlib.core.yaml.KeyPositions;

/**
 * Loads a content folder (see CONTENT-FORMAT.md): site.yaml, reviewers.yaml, articles, pages and
 * synonyms, collecting every problem as a diagnostic. Articles are parsed and rendered in parallel.
 *
 * <p>The steps: site.yaml → {@link SiteConfig}; reviewers.yaml → {@link ReviewerRegistry};
 * synonyms.txt read ({@link SynonymsFile}); each article read, checked and rendered
 * ({@link ArticleLoader}); pages loaded ({@link PageLoader}); static files listed
 * ({@link StaticFolder}); the addresses of the site claimed once ({@link SiteAddresses}).
 */
public final class ContentLoader {
    static final Path SITE = Path.of("site.yaml");
    static final Path REVIEWERS = Path.of("reviewers.yaml");

    private final MarkdownRenderer renderer;
    private final CommitDates commitDates;
    private final long maxHeapBytes;

    /** A loader that takes {@code updated} defaults from git when the folder is in git. */
    public ContentLoader(MarkdownRenderer renderer) {
        this(renderer, CommitDates.git());
    }

    public ContentLoader(MarkdownRenderer renderer, CommitDates commitDates) {
        this(renderer, commitDates, Runtime.getRuntime().maxMemory());
    }

    /** @param maxHeapBytes the heap the bodies are weighed against ({@link BodyPacking}) */
    ContentLoader(MarkdownRenderer renderer, CommitDates commitDates, long maxHeapBytes) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.commitDates = Objects.requireNonNull(commitDates, "commitDates");
        this.maxHeapBytes = maxHeapBytes;
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
        Synonyms synonyms = synonyms(root, diagnostics);
        FolderScanner.Listing files = FolderScanner.scan(root, diagnostics);

        List<LoadedArticle> loaded = articles(root, files, config, reviewers, diagnostics);
        List<Page> pages = new PageLoader(root, renderer).load(files.pages(), diagnostics);
        List<String> staticFiles = SiteAddresses.copyableStaticFiles(StaticFolder.list(root, diagnostics), diagnostics);
        Map<Path, KeyPositions> positions = new HashMap<>();
        loaded.forEach(item -> positions.put(item.file(), item.positions()));
        List<Article> articles = SiteAddresses.uniqueAliases(SiteAddresses.uniqueSlugs(loaded, diagnostics), positions,
                pages, staticFiles, diagnostics);
        Library library = new Library(root, config, reviewers, articles, pages, staticFiles, synonyms);
        Set<Path> kept = articles.stream().map(Article::file).collect(Collectors.toSet());
        List<Path> unloaded = files.articles().stream().filter(file -> !kept.contains(file)).toList();
        return new LoadResult(library, diagnostics.sorted(), files.articles().size(), files.pages().size(), unloaded);
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

    private List<LoadedArticle> articles(Path root, FolderScanner.Listing files, SiteConfig config,
                                         ReviewerRegistry reviewers, Diagnostics diagnostics) {
        Map<Path, LocalDate> dates = files.articles().isEmpty() ? Map.of() : commitDates.of(root);
        ArticleReader reader = new ArticleReader(new EditorialReader(config, reviewers, dates));
        boolean pack = BodyPacking.needed(files.articleBytes(), maxHeapBytes);
        ArticleLoader loader = new ArticleLoader(root, reader, renderer, config, pack);
        List<LoadedArticle> loaded = InParallel.map(files.articles(), loader::load);
        loaded.forEach(item -> diagnostics.addAll(item.diagnostics()));
        return loaded;
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

    private static Synonyms synonyms(Path root, Diagnostics diagnostics) {
        if (!Files.exists(root.resolve(SynonymsFile.NAME))) {
            return Synonyms.none();
        }
        return TextFiles.read(root, SynonymsFile.NAME, diagnostics)
                .map(text -> SynonymsFile.read(SynonymsFile.NAME, text, diagnostics))
                .orElse(Synonyms.none());
    }
}
