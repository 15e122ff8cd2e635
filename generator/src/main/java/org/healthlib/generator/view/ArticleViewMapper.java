package org.healthlib.generator.view;

import java.util.List;
import org.healthlib.core.content.Library;
import org.healthlib.core.markdown.Heading;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.EditorialInfo;
import org.healthlib.core.model.ReviewState;
import org.healthlib.core.model.Reviewer;
import org.healthlib.core.model.Source;

/** Maps an article, its processed body and its related articles to what the article template shows. */
public final class ArticleViewMapper {
    private final Library library;
    private final ReaderDates dates;
    private final String editorialProcessPath;

    /**
     * @param editorialProcessPath the site path of the editorial-process page, "" when the site has none
     */
    public ArticleViewMapper(Library library, ReaderDates dates, String editorialProcessPath) {
        this.library = library;
        this.dates = dates;
        this.editorialProcessPath = editorialProcessPath;
    }

    public ArticleView map(Article article, String bodyHtml, List<Heading> headings, List<ArticleSummary> related) {
        LinkView type = new LinkView(article.type().label(), "types/" + article.type().slug() + "/");
        List<LinkView> topics = article.topics().stream()
                .map(topic -> new LinkView(Labels.topic(topic), "topics/" + topic + "/"))
                .toList();
        List<LinkView> breadcrumbs = List.of(new LinkView("Home", ""), type);
        return new ArticleView(article.slug(), article.title(), article.summary(), article.alsoCalled(), type, topics,
                breadcrumbs, toc(headings), bodyHtml, sources(article.sources()),
                related.stream().map(summary -> summary.toView(dates)).toList(), article.crisis(),
                editorial(article), article.audience().slug(), Labels.status(library, article));
    }

    /** The sections of level 2 and 3; a body with fewer than two sections needs no table of contents. */
    static List<TocEntry> toc(List<Heading> headings) {
        List<TocEntry> entries = headings.stream()
                .filter(heading -> heading.level() == 2 || heading.level() == 3)
                .map(heading -> new TocEntry(heading.level(), heading.id(), heading.text()))
                .toList();
        return entries.size() < 2 ? List.of() : entries;
    }

    private List<SourceView> sources(List<Source> sources) {
        return sources.stream()
                .map(source -> new SourceView(source.title(), source.url().orElse(""), source.publisher().orElse(""),
                        dates.of(source.accessed())))
                .toList();
    }

    private EditorialView editorial(Article article) {
        EditorialInfo editorial = article.editorial();
        Reviewer reviewer = editorial.reviewedBy().flatMap(library.reviewers()::find)
                .orElse(new Reviewer("", "", java.util.Optional.empty(), java.util.Optional.empty()));
        boolean overdue = library.reviewState(article) == ReviewState.OVERDUE;
        DateView updated = editorial.updated()
                .filter(day -> editorial.reviewed().map(day::isAfter).orElse(true))
                .map(dates::of).orElse(DateView.NONE);
        return new EditorialView(dates.of(editorial.reviewed()), dates.of(editorial.nextReview()), updated,
                reviewer.name(), reviewer.credentials().orElse(""), reviewer.url().orElse(""), editorialProcessPath,
                overdue);
    }
}
