package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.markdown.RenderedBody;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Audience;
import org.healthlib.core.model.EditorialInfo;
import org.healthlib.core.model.Source;
import org.healthlib.core.yaml.KeyPositions;

/**
 * The checked front matter of an article, before its body is rendered, with the positions of its
 * keys for the checks that come later (duplicate slugs, review dates).
 */
record ArticleFrontMatter(
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
        KeyPositions positions) {

    Article toArticle(RenderedBody body) {
        return new Article(file, slug, title, summary, type, topics, alsoCalled, editorial, sources, crisis,
                audience, aliases, author, body);
    }
}
