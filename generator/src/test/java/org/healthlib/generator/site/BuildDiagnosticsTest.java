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

/** The problems a build finds in content, word for word, with the file and line they are on. */
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

        assertThat(messages).containsExactly("articles/brain/stroke.md:12: error: broken link 'afbi.md': "
                + "no article or page is written in that file; did you mean 'afib.md'?");
    }

    @Test
    void aLinkToAnUnknownSitePathIsAnError() {
        List<String> messages = build(aLibrary().editorialProcessPage()
                .article(anArticle().slug("stroke").body(Bodies.withLink("/articles/nothing-here/", "x", 9))));

        assertThat(messages).containsExactly(
                "articles/stroke.md:9: error: broken link '/articles/nothing-here/': no page of the site has that address");
    }

    @Test
    void aLinkToAnUnpublishedArticleIsAWarningAndIsLeftOut() throws IOException {
        List<String> messages = build(aLibrary().editorialProcessPage()
                .article(anArticle().slug("walking").file("articles/walking.md").status(Status.DRAFT))
                .article(anArticle().slug("stroke").body(Bodies.withLink("walking.md", "walking", 5))));

        assertThat(messages).containsExactly("articles/stroke.md:5: warning: link 'walking.md' points to "
                + "articles/walking.md, which is not published (draft); the link is left out of the site");
        assertThat(Files.readString(out.resolve("site/articles/stroke/index.html"))).contains("<p>See walking.</p>");
    }

    @Test
    void anImageWithoutAltTextIsAWarningAtItsLine() {
        List<String> messages = build(aLibrary().editorialProcessPage()
                .article(anArticle().slug("stroke").body(Bodies.withImage("https://example.org/brain.png", "", 14))));

        assertThat(messages).containsExactly("articles/stroke.md:14: warning: image 'https://example.org/brain.png' "
                + "has no alt text; describe it for readers who cannot see it: ![what it shows](https://example.org/brain.png)");
    }

    @Test
    void anImageThatIsNotInTheSiteIsAnError() {
        List<String> messages = build(aLibrary().editorialProcessPage()
                .article(anArticle().slug("stroke").body(Bodies.withImage("/images/brain.png", "A brain scan", 3))));

        assertThat(messages).containsExactly("articles/stroke.md:3: error: image '/images/brain.png' is not a file "
                + "of the site; put it under static/ (static/images/x.png is /images/x.png)");
    }

    @Test
    void aSiteWithoutAnEditorialProcessPageIsWarned() {
        List<String> messages = build(aLibrary().article(anArticle().slug("stroke")));

        assertThat(messages).containsExactly("pages/editorial-process.md: warning: no page with the slug "
                + "'editorial-process': articles will not link to how they are reviewed; add pages/editorial-process.md");
    }

    @Test
    void aRelativeBaseUrlIsWarned() {
        List<String> messages = build(aLibrary().baseUrl("/").editorialProcessPage().article(anArticle().slug("stroke")));

        assertThat(messages).containsExactly("site.yaml: warning: base_url '/' is not an absolute URL: canonical links,"
                + " sitemap.xml and feed.xml need one (such as https://library.example.org/)");
    }

    @Test
    void aPageCannotTakeASlugTheSiteUses() {
        List<String> messages = build(aLibrary().editorialProcessPage()
                .page("search", "Search tips", Bodies.paragraph("Tips."))
                .article(anArticle().slug("stroke")));

        assertThat(messages).containsExactly("pages/search.md: error: the page slug 'search' is used by the site itself"
                + " (a-z, api, articles, assets, search, topics, types); give the page another slug");
    }

    @Test
    void anAliasCannotTakeTheAddressOfAPageOrOfAnotherAlias() {
        List<String> messages = build(aLibrary().editorialProcessPage()
                .article(anArticle().slug("afib").aliases("/articles/stroke/", "/old/afib/"))
                .article(anArticle().slug("stroke").aliases("/old/afib", "../outside")));

        assertThat(messages).containsExactly(
                "articles/afib.md: error: alias '/articles/stroke/' is the address of a page the site builds; remove the alias",
                "articles/stroke.md: error: alias '../outside' is not a path of the site (such as /health/old-name/)",
                "articles/stroke.md: error: alias '/old/afib' is also an alias of articles/afib.md");
    }

    private List<String> build(org.healthlib.generator.fixtures.Libraries.Builder library) {
        Library built = library.build();
        return builder.build(built, out.resolve("site")).diagnostics().stream().map(Diagnostic::format).toList();
    }
}
