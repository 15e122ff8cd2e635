package org.healthlib.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.healthlib.core.markdown.RenderedBody;

/**
 * One article of the library: its front matter, checked and typed, and its rendered body.
 *
 * @param file the Markdown file, relative to the content folder
 */
public record Article(
        Path file,
        String slug,
        String title,
        String summary,
        ArticleType type,
        List<String> topics,
        List<String> alsoCalled,
        EditorialInfo editorial,
        List<Source> sources,
        boolean crisis,
        Audience audience,
        List<String> aliases,
        Optional<String> author,
        RenderedBody body) {

    public Article {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(editorial, "editorial");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
        topics = List.copyOf(topics);
        alsoCalled = List.copyOf(alsoCalled);
        sources = List.copyOf(sources);
        aliases = List.copyOf(aliases);
    }

    /** The same article with another body: what an edit of the text alone makes of it. */
    public Article withBody(RenderedBody newBody) {
        return new Article(file, slug, title, summary, type, topics, alsoCalled, editorial, sources, crisis, audience,
                aliases, author, newBody);
    }

    /** The site path of the article, {@code articles/{slug}/}, relative to the site root. */
    public String path() {
        return "articles/" + slug + "/";
    }
}
