package org.healthlib.core.content;

import org.healthlib.core.model.ArticleFrontMatter;
import org.healthlib.core.yaml.KeyPositions;

/**
 * An article's front matter as {@link ArticleReader} checked it, with the positions of its keys
 * for the checks that come later (duplicate slugs and aliases, review dates).
 */
record CheckedFrontMatter(ArticleFrontMatter fields, KeyPositions positions) {
}
