package org.healthlib.search.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.markdown.Heading;
import org.healthlib.core.markdown.ReadingLevel;
import org.healthlib.core.markdown.RenderedBody;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Audience;
import org.healthlib.core.model.EditorialInfo;
import org.healthlib.core.model.Status;

/** Test data builder: {@code anArticle("afib").title("Atrial fibrillation").body("...").build()}. No I/O. */
public final class Articles {
    private String slug;
    private String title;
    private String summary = "";
    private ArticleType type = ArticleType.CONDITION;
    private List<String> topics = List.of();
    private List<String> alsoCalled = List.of();
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private LocalDate reviewed = LocalDate.of(2024, 3, 1);

    private Articles(String slug) {
        this.slug = slug;
        this.title = slug;
    }

    public static Articles anArticle(String slug) {
        return new Articles(slug);
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

    /** Adds a section: its heading, then its text, both in the plain text like the renderer does. */
    public Articles section(String heading, String text) {
        headings.add(new Heading(2, heading.toLowerCase().replaceAll("[^a-z0-9]+", "-"), heading));
        paragraphs.add(heading);
        paragraphs.add(text);
        return this;
    }

    public Articles body(String text) {
        paragraphs.add(text);
        return this;
    }

    public Articles reviewed(LocalDate value) {
        reviewed = value;
        return this;
    }

    public Article build() {
        String plain = String.join("\n", paragraphs);
        String html = "<p>" + plain.replace("&", "&amp;").replace("<", "&lt;") + "</p>";
        RenderedBody body = new RenderedBody(html, plain, headings, List.of(), List.of(), ReadingLevel.of(plain));
        EditorialInfo editorial = new EditorialInfo(Status.PUBLISHED, Optional.of(reviewed),
                Optional.of(reviewed.plusYears(3)), Optional.of("editorial-board"), Optional.empty(), Optional.empty());
        return new Article(Path.of("articles", slug + ".md"), slug, title, summary, type, topics, alsoCalled,
                editorial, List.of(), false, Audience.PATIENT, List.of(), Optional.empty(), body);
    }
}
