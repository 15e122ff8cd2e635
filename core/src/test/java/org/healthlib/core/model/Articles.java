package org.healthlib.core.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.markdown.RenderedBody;

/**
 * Test data builder for {@link Article}: a published, reviewed condition article with one source,
 * changed one property at a time ({@code anArticle().reviewed(date).build()}). No I/O.
 */
public final class Articles {
    private String slug = "heart-attack";
    private String title = "Heart attack";
    private String summary = "What happens in a heart attack, and what to do.";
    private ArticleType type = ArticleType.CONDITION;
    private Status status = Status.PUBLISHED;
    private Optional<LocalDate> reviewed = Optional.of(LocalDate.of(2024, 1, 15));
    private Optional<LocalDate> nextReview = Optional.empty();
    private Optional<String> reviewedBy = Optional.of("cardiology-board");
    private Optional<LocalDate> publishOn = Optional.empty();
    private final List<Source> sources = new ArrayList<>(List.of(new Source("Heart Attack",
            Optional.of("https://www.nhlbi.nih.gov/health/heart-attack"), Optional.of("NHLBI"), Optional.empty())));
    private Period reviewInterval = Period.ofYears(3);
    private RenderedBody body = RenderedBody.empty();

    private Articles() {
    }

    public static Articles anArticle() {
        return new Articles();
    }

    public Articles slug(String value) {
        slug = value;
        return this;
    }

    public Articles title(String value) {
        title = value;
        return this;
    }

    public Articles type(ArticleType value) {
        type = value;
        return this;
    }

    public Articles status(Status value) {
        status = value;
        return this;
    }

    public Articles reviewed(LocalDate value) {
        reviewed = Optional.of(value);
        return this;
    }

    public Articles notReviewed() {
        reviewed = Optional.empty();
        reviewedBy = Optional.empty();
        return this;
    }

    /** An explicit {@code next_review}; without it, {@code reviewed} plus the review interval. */
    public Articles nextReview(LocalDate value) {
        nextReview = Optional.of(value);
        return this;
    }

    public Articles reviewInterval(Period value) {
        reviewInterval = value;
        return this;
    }

    public Articles publishOn(LocalDate value) {
        publishOn = Optional.of(value);
        return this;
    }

    public Articles noSources() {
        sources.clear();
        return this;
    }

    public Articles body(RenderedBody value) {
        body = value;
        return this;
    }

    public Article build() {
        EditorialInfo editorial = new EditorialInfo(status, reviewed,
                nextReview.or(() -> reviewed.map(day -> day.plus(reviewInterval))), reviewedBy, publishOn, Optional.empty());
        return new Article(Path.of("articles", slug + ".md"), slug, title, summary, type, List.of(), List.of(),
                editorial, sources, false, Audience.PATIENT, List.of(), Optional.empty(), body);
    }
}
