package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthlib.generator.fixtures.FixtureSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Draft and in-review articles stay out of the site, and are shown, marked, in a {@code --drafts} preview. */
class DraftsTest {
    private final SiteBuilder builder = new SiteBuilder(FixtureSites.MARKDOWN);

    @TempDir
    Path out;

    @Test
    void unpublishedArticlesAreLeftOutOfTheSite() throws IOException {
        Path site = out.resolve("site");
        BuildReport report = builder.build(FixtureSites.load("basic", false), site);

        assertThat(report.articles()).isEqualTo(6);
        assertThat(site.resolve("articles/walking")).doesNotExist();
        assertThat(site.resolve("articles/anxiety")).doesNotExist();
        assertThat(Files.readString(site.resolve("a-z/index.html"))).doesNotContain("Walking", "Anxiety");
        assertThat(Files.readString(site.resolve("topics/mental-health/index.html"))).doesNotContain("Anxiety");
        assertThat(site.resolve("topics/healthy-living/index.html")).exists();
        assertThat(Files.readString(site.resolve("robots.txt"))).contains("Allow: /");
    }

    @Test
    void aPreviewBuildShowsThemMarkedAndKeepsThemFromSearchEngines() throws IOException {
        Path site = out.resolve("preview");
        BuildReport report = builder.build(FixtureSites.load("basic", true), site);

        assertThat(report.articles()).isEqualTo(8);
        Document walking = Jsoup.parse(site.resolve("articles/walking/index.html").toFile(), "UTF-8");
        assertThat(walking.select(".status-banner").text())
                .isEqualTo("Draft — not published. Readers of the published site do not see this article.");
        assertThat(walking.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        Document anxiety = Jsoup.parse(site.resolve("articles/anxiety/index.html").toFile(), "UTF-8");
        assertThat(anxiety.select(".status-banner strong").text()).isEqualTo("In review — not published.");

        Document published = Jsoup.parse(site.resolve("articles/psychotherapy/index.html").toFile(), "UTF-8");
        assertThat(published.select(".status-banner")).isEmpty();
        assertThat(published.select("meta[name=robots]")).isEmpty();
        assertThat(published.select(".preview-banner")).hasSize(1);

        Document topic = Jsoup.parse(site.resolve("topics/mental-health/index.html").toFile(), "UTF-8");
        assertThat(topic.select(".article-list li:has(a[href$=anxiety/]) .status").text()).isEqualTo("In review");
        assertThat(Files.readString(site.resolve("sitemap.xml"))).doesNotContain("walking", "anxiety");
        assertThat(Files.readString(site.resolve("feed.xml"))).doesNotContain("walking", "anxiety");
        assertThat(Files.readString(site.resolve("robots.txt"))).isEqualTo("User-agent: *\nDisallow: /\n");
    }
}
