package org.healthlib.core.editorial;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.healthlib.core.content.Library;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.Status;

/**
 * What the editorial dashboard shows of a library: the review queue, the articles in review and
 * the drafts, and every article that reads above the site's grade target.
 *
 * @param unpublished  articles in review first, then drafts; by title in each
 * @param aboveTarget  articles of any status whose rounded grade is above {@code reading_grade_target},
 *                     hardest first
 * @param gradeTarget  the site's {@code reading_grade_target}
 */
public record EditorialOverview(ReviewQueue queue, List<UnpublishedEntry> unpublished, List<GradeEntry> aboveTarget,
                                double gradeTarget) {

    private static final Comparator<Article> BY_TITLE = Comparator
            .comparing((Article article) -> article.title().toLowerCase(Locale.ROOT))
            .thenComparing(Article::slug);

    public EditorialOverview {
        Objects.requireNonNull(queue, "queue");
        unpublished = List.copyOf(unpublished);
        aboveTarget = List.copyOf(aboveTarget);
    }

    /** The overview of a library on its configured day, with the site's {@code review_warning}. */
    public static EditorialOverview of(Library library) {
        double target = library.config().readingGradeTarget();
        List<UnpublishedEntry> unpublished = library.articles().stream()
                .filter(article -> article.editorial().status() == Status.IN_REVIEW
                        || article.editorial().status() == Status.DRAFT)
                .sorted(Comparator.comparing((Article article) -> article.editorial().status() == Status.DRAFT)
                        .thenComparing(BY_TITLE))
                .map(EditorialOverview::unpublished)
                .toList();
        List<GradeEntry> aboveTarget = library.articles().stream()
                .filter(article -> article.body().readingLevel().isAbove(target))
                .sorted(Comparator.comparingDouble(ReviewQueue::roundedGrade).reversed().thenComparing(BY_TITLE))
                .map(article -> new GradeEntry(article.file(), article.slug(), article.title(),
                        article.editorial().status(), ReviewQueue.roundedGrade(article)))
                .toList();
        return new EditorialOverview(ReviewQueue.of(library), unpublished, aboveTarget, target);
    }

    /**
     * Whether an edit of an article's text alone ({@code before} and {@code after} have the same
     * front matter) changes what the overview shows: its rounded grade changed and is shown,
     * because it is above the target before or after, or because the article is in the review
     * queue, whose rows show the grade too.
     */
    public static boolean showsTextEdit(Library library, Article before, Article after) {
        if (ReviewQueue.roundedGrade(before) == ReviewQueue.roundedGrade(after)) {
            return false;
        }
        double target = library.config().readingGradeTarget();
        return before.body().readingLevel().isAbove(target) || after.body().readingLevel().isAbove(target)
                || ReviewQueue.isQueued(library, after);
    }

    private static UnpublishedEntry unpublished(Article article) {
        return new UnpublishedEntry(article.file(), article.slug(), article.title(), article.editorial().status(),
                article.editorial().reviewedBy().orElse(""), article.body().wordCount());
    }
}
