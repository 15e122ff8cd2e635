package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.core.testing.Articles.anArticle;
import static org.healthlib.generator.fixtures.Libraries.aLibrary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthlib.core.content.Library;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.model.Status;
import org.healthlib.core.testing.Bodies;
import org.healthlib.generator.fixtures.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problems the site's own rules find in content (links, images, the editorial-process page),
 * word for word, at the file, line and column they are on. The content's rules (addresses,
 * {@code base_url}) are core's, and {@code cli/InvalidContentTest} checks them through check and build.
 */
class BuildDiagnosticsTest {
    private final SiteBuilder builder = new SiteBuilder(FixtureSites.MARKDOWN);

    @TempDir
    Path out;

    @Test
    void aBrokenLinkIsAnErrorAtItsLineWithASuggestion() {
        List<String> messages = build(aLibrary().editorialProcessPage()
                .article(anArticle().slug("afib").file("articles/heart/afib.md"))
                .article(anArticle().slug("stroke").file("articles/brain/stroke.md")
                        .body(Bodies.withLink("afbi.md", "atrial fibrillation", 12))));

        assertThat(messages).containsExactly("articles/brain/stroke.md:12:5: error: broken link 'afbi.md': "
                + "no article or page is written in that file; did you mean 'afib.md'?");
    }

    @Test
    void aLinkToAnUnknownSitePathIsAnError() {
        List<String> messages = build(aLibrary().editorialProcessPage()
                .article(anArticle().slug("stroke").body(Bodies.withLink("/articles/nothing-here/", "x", 9))));

        assertThat(messages).containsExactly(
                "articles/stroke.md:9:5: error: broken link '/articles/nothing-here/': no page of the site has that address");
    }

    @Test
    void aLinkToAnUnpublishedArticleIsAWarningAndIsLeftOut() throws IOException {
        List<String> messages = build(aLibrary().editorialProcessPage()
                .article(anArticle().slug("walking").file("articles/walking.md").status(Status.DRAFT))
                .article(anArticle().slug("stroke").body(Bodies.withLink("walking.md", "walking", 5))));

        assertThat(messages).containsExactly("articles/stroke.md:5:5: warning: link 'walking.md' points to "
                + "articles/walking.md, which is not published (draft); the link is left out of the site");
        assertThat(Files.readString(out.resolve("site/articles/stroke/index.html"))).contains("<p>See walking.</p>");
    }

    @Test
    void anImageWithoutAltTextIsAWarningAtItsLine() {
        List<String> messages = build(aLibrary().editorialProcessPage()
                .article(anArticle().slug("stroke").body(Bodies.withImage("https://example.org/brain.png", "", 14))));

        assertThat(messages).containsExactly("articles/stroke.md:14:1: warning: image 'https://example.org/brain.png' "
                + "has no alt text; describe it for readers who cannot see it: ![what it shows](https://example.org/brain.png)");
    }

    @Test
    void anImageThatIsNotInTheSiteIsAnError() {
        List<String> messages = build(aLibrary().editorialProcessPage()
                .article(anArticle().slug("stroke").body(Bodies.withImage("/images/brain.png", "A brain scan", 3))));

        assertThat(messages).containsExactly("articles/stroke.md:3:1: error: image '/images/brain.png' is not a file "
                + "of the site; put it under static/ (static/images/x.png is /images/x.png)");
    }

    @Test
    void aSiteWithoutAnEditorialProcessPageIsWarned() {
        List<String> messages = build(aLibrary().article(anArticle().slug("stroke")));

        assertThat(messages).containsExactly("pages/editorial-process.md: warning: no page with the slug "
                + "'editorial-process': articles will not link to how they are reviewed; add pages/editorial-process.md");
    }

    private List<String> build(org.healthlib.generator.fixtures.Libraries.Builder library) {
        Library built = library.build();
        return builder.build(built, out.resolve("site")).diagnostics().stream().map(Diagnostic::format).toList();
    }
}
