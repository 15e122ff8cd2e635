package org.healthlib.generator.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkResolverTest {
    private static final Path SOURCE = Path.of("articles/heart/afib.md");
    private static final String PAGE = "articles/afib/";
    private final LinkResolver resolver = new LinkResolver(new LinkTargets(
            Set.of("", "articles/afib/", "articles/stroke/", "a-z/", "about/", "images/heart.png", "feed.xml"),
            List.of(new LinkTargets.Target("articles/heart/afib.md", "articles/afib/", ""),
                    new LinkTargets.Target("articles/brain/stroke.md", "articles/stroke/", ""),
                    new LinkTargets.Target("articles/brain/tia.md", "articles/tia/", "Draft"),
                    new LinkTargets.Target("articles/a/same.md", "articles/same-a/", ""),
                    new LinkTargets.Target("articles/b/same.md", "articles/same-b/", ""),
                    new LinkTargets.Target("pages/about.md", "about/", ""))));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "../brain/stroke.md,            ../../articles/stroke/",
        "stroke.md,                     ../../articles/stroke/",
        "stroke.md#symptoms,            ../../articles/stroke/#symptoms",
        "/articles/brain/stroke.md,     ../../articles/stroke/",
        "../../pages/about.md,          ../../about/",
        "/articles/stroke/,             ../../articles/stroke/",
        "/articles/stroke,              ../../articles/stroke/",
        "/articles/stroke/index.html,   ../../articles/stroke/",
        "/,                             ../../",
        "/a-z/#letter-s,                ../../a-z/#letter-s",
        "/images/heart.png,             ../../images/heart.png",
        "/feed.xml,                     ../../feed.xml",
    })
    void resolvesInternalLinksToRelativeUrls(String href, String url) {
        assertThat(resolver.resolve(href, SOURCE, PAGE)).isEqualTo(new Resolution.Resolved(url));
    }

    @ParameterizedTest
    @CsvSource({"https://www.nih.gov/", "HTTP://example.org"})
    void recognisesExternalLinks(String href) {
        assertThat(resolver.resolve(href, SOURCE, PAGE)).isEqualTo(new Resolution.External());
    }

    @ParameterizedTest
    @CsvSource({"#causes", "mailto:library@example.org", "tel:988", "//cdn.example.org/x.js", "../stroke/",
        "../../images/heart.png", "./", "?print=1"})
    void leavesOtherLinksAsWritten(String href) {
        assertThat(resolver.resolve(href, SOURCE, PAGE)).isEqualTo(new Resolution.Unchanged());
    }

    @Test
    void reportsBrokenUnpublishedAndAmbiguousLinks() {
        assertThat(resolver.resolve("strok.md", SOURCE, PAGE)).isEqualTo(new Resolution.Broken(
                "broken link 'strok.md': no article or page is written in that file; did you mean 'stroke.md'?"));
        assertThat(resolver.resolve("/topics/none/", SOURCE, PAGE)).isEqualTo(new Resolution.Broken(
                "broken link '/topics/none/': no page of the site has that address"));
        assertThat(resolver.resolve("tia.md", SOURCE, PAGE)).isEqualTo(new Resolution.Unpublished(
                "link 'tia.md' points to articles/brain/tia.md, which is not published (draft);"
                        + " the link is left out of the site"));
        assertThat(resolver.resolve("same.md", SOURCE, PAGE)).isEqualTo(new Resolution.Broken(
                "link 'same.md' is ambiguous: articles/a/same.md, articles/b/same.md all have that name;"
                        + " write the path relative to this file"));
    }

    @Test
    void checksLinksRelativeToThePage() {
        assertThat(resolver.resolve("images/local.png", SOURCE, PAGE)).isEqualTo(new Resolution.Broken(
                "broken link 'images/local.png': no page or file of the site is at /articles/afib/images/local.png"));
        assertThat(resolver.resolve("../../../../etc/passwd", SOURCE, PAGE)).isEqualTo(new Resolution.Outside());
        assertThat(resolver.resolve("../../../x.png", SOURCE, PAGE)).isEqualTo(new Resolution.Outside());
        assertThat(resolver.resolve("../tia/", SOURCE, PAGE)).isEqualTo(new Resolution.Unpublished(
                "link '../tia/' points to articles/brain/tia.md, which is not published (draft);"
                        + " the link is left out of the site"));
    }
}
