package org.healthlib.core.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.markdown.RenderedBody;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleFrontMatter;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Audience;
import org.healthlib.core.model.EditorialInfo;
import org.healthlib.core.model.Source;
import org.healthlib.core.model.Status;

/**
 * Test data builder for {@link Article}, changed one property at a time
 * ({@code anArticle().slug("afib").reviewed(date).section("Symptoms", "...").build()}). No I/O.
 *
 * <p>By default the article is a published condition article, {@code articles/heart-attack.md},
 * reviewed on 2024-01-15 by {@value #REVIEWER} (next review three years later), with one source,
 * no summary, no topics or other names, and an empty body.
 */
public final class Articles {
    /** The reviewer id of the default article. */
    public static final String REVIEWER = "cardiology-board";

    private String slug = "heart-attack";
    private Optional<Path> file = Optional.empty();
    private String title = "Heart attack";
    private String summary = "";
    private ArticleType type = ArticleType.CONDITION;
    private List<String> topics = List.of();
    private List<String> alsoCalled = List.of();
    private List<String> aliases = List.of();
    private Status status = Status.PUBLISHED;
    private Optional<LocalDate> reviewed = Optional.of(LocalDate.of(2024, 1, 15));
    private Optional<String> reviewedBy = Optional.of(REVIEWER);
    private Optional<LocalDate> nextReview = Optional.empty();
    private Period reviewInterval = Period.ofYears(3);
    private Optional<LocalDate> publishOn = Optional.empty();
    private final List<Source> sources = new ArrayList<>(List.of(new Source("Heart Attack",
            Optional.of("https://www.nhlbi.nih.gov/health/heart-attack"), Optional.of("NHLBI"), Optional.empty())));
    private RenderedBody body = RenderedBody.empty();

    private Articles() {
    }

    public static Articles anArticle() {
        return new Articles();
    }

    /** The slug; the file is {@code articles/{slug}.md} unless {@link #file} is given. */
    public Articles slug(String value) {
        slug = value;
        return this;
    }

    /** The Markdown file, relative to the content folder. */
    public Articles file(String value) {
        file = Optional.of(Path.of(value));
        return this;
    }

    public Articles title(String value) {
        title = value;
        return this;
    }

    public Articles summary(String value) {
        summary = value;
        return this;
    }

    public Articles type(ArticleType value) {
        type = value;
        return this;
    }

    public Articles topics(String... values) {
        topics = List.of(values);
        return this;
    }

    public Articles alsoCalled(String... values) {
        alsoCalled = List.of(values);
        return this;
    }

    public Articles aliases(String... values) {
        aliases = List.of(values);
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

    /** The reviewer id ({@code reviewed_by}). */
    public Articles reviewedBy(String value) {
        reviewedBy = Optional.of(value);
        return this;
    }

    /** No review date and no reviewer. */
    public Articles notReviewed() {
        reviewed = Optional.empty();
        reviewedBy = Optional.empty();
        return this;
    }

    public Articles reviewInterval(Period value) {
        reviewInterval = value;
        return this;
    }

    /** An explicit {@code next_review}; without it, {@code reviewed} plus the review interval. */
    public Articles nextReview(LocalDate value) {
        nextReview = Optional.of(value);
        return this;
    }

    public Articles publishOn(LocalDate value) {
        publishOn = Optional.of(value);
        return this;
    }

    /** Adds a source with a title and a URL after the sources so far. */
    public Articles source(String sourceTitle, String url) {
        sources.add(new Source(sourceTitle, Optional.of(url), Optional.empty(), Optional.empty()));
        return this;
    }

    /** Removes the sources so far, the default one included. */
    public Articles noSources() {
        sources.clear();
        return this;
    }

    /** Replaces the body. */
    public Articles body(RenderedBody value) {
        body = value;
        return this;
    }

    /** Adds a paragraph at the end of the body. */
    public Articles paragraph(String text) {
        return body(Bodies.append(body, Bodies.paragraph(text)));
    }

    /** Adds a section, a heading and its paragraph, at the end of the body. */
    public Articles section(String heading, String text) {
        return body(Bodies.append(body, Bodies.section(heading, text)));
    }

    public Article build() {
        EditorialInfo editorial = new EditorialInfo(status, reviewed,
                nextReview.or(() -> reviewed.map(day -> day.plus(reviewInterval))), reviewedBy, publishOn, Optional.empty());
        return new Article(new ArticleFrontMatter(file.orElse(Path.of("articles", slug + ".md")), slug, title, summary,
                type, topics, alsoCalled, editorial, sources, false, Audience.PATIENT, aliases, Optional.empty()), body);
    }
}
