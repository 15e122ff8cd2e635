package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.healthlib.core.config.OverduePolicy;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.Page;
import org.healthlib.core.model.ReviewState;
import org.healthlib.core.model.ReviewerRegistry;
import org.healthlib.core.model.Synonyms;

/**
 * A loaded content folder: configuration, reviewers, every article that loaded without errors
 * (whatever its status), stand-alone pages, the files of {@code static/} and the synonyms.
 *
 * @param root        the content folder
 * @param staticFiles the files under {@code static/}, as the site paths they are copied to, in order
 * @param synonyms    {@code synonyms.txt}, read ({@link Synonyms#none()} when the folder has none)
 */
public record Library(Path root, SiteConfig config, ReviewerRegistry reviewers, List<Article> articles,
                      List<Page> pages, List<String> staticFiles, Synonyms synonyms) {

    public Library {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(reviewers, "reviewers");
        Objects.requireNonNull(synonyms, "synonyms");
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
    }

    /**
     * The articles readers may see: published, their {@code publish_on} day come, and not left out
     * by an {@code unpublish} overdue policy. This is what the search index holds.
     */
    public List<Article> publishedArticles() {
        return articles.stream().filter(this::isPublished).toList();
    }

    /** The articles the site is built from: {@link #publishedArticles()}, or all of them with {@code --drafts}. */
    public List<Article> siteArticles() {
        return config.includeDrafts() ? articles : publishedArticles();
    }

    /** The article loaded from {@code file} (relative to the content folder), if it loaded. */
    public Optional<Article> article(Path file) {
        return articles.stream().filter(article -> article.file().equals(file)).findFirst();
    }

    /** The same library with the article of the same file replaced by {@code changed}. */
    public Library withArticle(Article changed) {
        List<Article> replaced = articles.stream()
                .map(article -> article.file().equals(changed.file()) ? changed : article)
                .toList();
        return new Library(root, config, reviewers, replaced, pages, staticFiles, synonyms);
    }

    public boolean isPublished(Article article) {
        if (!article.editorial().isPublishedOn(config.today())) {
            return false;
        }
        return config.overduePolicy() != OverduePolicy.UNPUBLISH || reviewState(article) != ReviewState.OVERDUE;
    }

    public ReviewState reviewState(Article article) {
        return article.editorial().reviewState(config.today(), config.reviewWarning());
    }
}
