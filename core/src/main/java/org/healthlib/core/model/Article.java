package org.healthlib.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.healthlib.core.markdown.RenderedBody;

/** One article of the library: its front matter, checked and typed, and its rendered body. */
public record Article(ArticleFrontMatter frontMatter, RenderedBody body) {

    public Article {
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
    }

    /** The same article with another body: what an edit of the text alone makes of it. */
    public Article withBody(RenderedBody newBody) {
        return new Article(frontMatter, newBody);
    }

    /** The site path of the article, {@code articles/{slug}/}, relative to the site root. */
    public String path() {
        return SiteLayout.articlePath(slug());
    }

    /** The Markdown file, relative to the content folder. */
    public Path file() {
        return frontMatter.file();
    }

    public String slug() {
        return frontMatter.slug();
    }

    public String title() {
        return frontMatter.title();
    }

    public String summary() {
        return frontMatter.summary();
    }

    public ArticleType type() {
        return frontMatter.type();
    }

    public List<String> topics() {
        return frontMatter.topics();
    }

    public List<String> alsoCalled() {
        return frontMatter.alsoCalled();
    }

    public EditorialInfo editorial() {
        return frontMatter.editorial();
    }

    public List<Source> sources() {
        return frontMatter.sources();
    }

    public boolean crisis() {
        return frontMatter.crisis();
    }

    public Audience audience() {
        return frontMatter.audience();
    }

    public List<String> aliases() {
        return frontMatter.aliases();
    }

    public Optional<String> author() {
        return frontMatter.author();
    }
}
