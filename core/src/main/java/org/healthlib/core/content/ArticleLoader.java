package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.Optional;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.markdown.ReadingLevel;
import org.healthlib.core.markdown.RenderedBody;
import org.healthlib.core.model.Article;
import org.healthlib.core.yaml.KeyPositions;

/**
 * Loads one article file: read (strict UTF-8) → split and parse the front matter → check its keys
 * → render the body → editorial rules and reading level. Safe to call from several threads: each
 * call has its own diagnostics, and the reader and renderer are shared read-only.
 */
final class ArticleLoader {
    private final Path root;
    private final ArticleReader reader;
    private final MarkdownRenderer renderer;
    private final SiteConfig config;
    private final boolean packBodies;

    ArticleLoader(Path root, ArticleReader reader, MarkdownRenderer renderer, SiteConfig config) {
        this(root, reader, renderer, config, false);
    }

    /** @param packBodies whether bodies are kept deflated ({@link BodyPacking}) */
    ArticleLoader(Path root, ArticleReader reader, MarkdownRenderer renderer, SiteConfig config, boolean packBodies) {
        this.root = root;
        this.reader = reader;
        this.renderer = renderer;
        this.config = config;
        this.packBodies = packBodies;
    }

    LoadedArticle load(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<FrontMatterParser.Parsed> parsed = TextFiles.read(root, file, diagnostics)
                .flatMap(text -> FrontMatterParser.parse(file, text, diagnostics));
        Optional<CheckedFrontMatter> frontMatter = parsed.flatMap(p -> reader.read(file, p.fields()));
        if (parsed.isEmpty() || frontMatter.isEmpty()) {
            return new LoadedArticle(file, Optional.empty(), KeyPositions.none(), diagnostics.sorted());
        }
        Optional<Article> article = render(file, parsed.get(), diagnostics).map(body -> new Article(frontMatter.get().fields(), body));
        article.ifPresent(a -> check(a, frontMatter.get().positions(), parsed.get(), diagnostics));
        Optional<Article> kept = article.filter(a -> !diagnostics.hasErrors())
                .map(a -> packBodies ? new Article(a.frontMatter(), a.body().packed()) : a);
        return new LoadedArticle(file, kept, frontMatter.get().positions(), diagnostics.sorted());
    }

    private Optional<RenderedBody> render(Path file, FrontMatterParser.Parsed parsed, Diagnostics diagnostics) {
        return BodyRendering.render(renderer, file, parsed.body(), parsed.bodyFirstLine(), diagnostics);
    }

    private void check(Article article, KeyPositions positions, FrontMatterParser.Parsed parsed, Diagnostics diagnostics) {
        int bodyFirstLine = parsed.bodyFirstLine();
        diagnostics.addAll(EditorialRules.check(article, positions, config));
        diagnostics.addAll(EditorialRules.todos(article, positions, parsed.body(), bodyFirstLine));
        ReadingLevel level = article.body().readingLevel();
        if (level.words() == 0) {
            diagnostics.add(Diagnostic.warning(article.file(), positions.start(), "article has no text after the front matter"));
        } else if (level.isAbove(config.readingGradeTarget())) {
            diagnostics.add(Diagnostic.warning(article.file(), new Position(bodyFirstLine, 1), "reading grade "
                    + level.formattedGrade() + " is above the target of " + number(config.readingGradeTarget())));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
