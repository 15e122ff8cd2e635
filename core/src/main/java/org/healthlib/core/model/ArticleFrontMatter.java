package org.healthlib.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article's front matter, checked and typed: everything of the article but its body. Listings,
 * feeds, related links and the search's names read this part alone, so an edit that leaves it as
 * it was changes no page but the article's own.
 *
 * @param file the Markdown file, relative to the content folder
 */
public record ArticleFrontMatter(
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
        Optional<String> author) {

    public ArticleFrontMatter {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(editorial, "editorial");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(author, "author");
        topics = List.copyOf(topics);
        alsoCalled = List.copyOf(alsoCalled);
        sources = List.copyOf(sources);
        aliases = List.copyOf(aliases);
    }
}
