package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.testing.Folders;
import org.healthlib.generator.fixtures.FixtureSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editorial dashboard of the basic fixture site, built on {@link FixtureSites#TODAY}: the
 * overdue heart-attack and depression articles, the anxiety article in review and the walking
 * draft; written, noindex, and found by no public page, the sitemap or the feed.
 */
class EditorialDashboardTest {
    private final SiteBuilder builder = new SiteBuilder(FixtureSites.MARKDOWN);

    @TempDir
    Path out;

    private Path build(boolean drafts) {
        Path site = out.resolve(drafts ? "preview" : "site");
        BuildReport report = builder.build(FixtureSites.load("basic", drafts), site);
        assertThat(report.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        return site;
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    @Test
    void showsTheReviewQueueByReviewerMostUrgentFirst() throws IOException {
        Document dashboard = parse(build(false).resolve("editorial/index.html"));

        assertThat(dashboard.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(dashboard.select("link[rel=canonical]")).isEmpty();
        assertThat(dashboard.select("p.lead").text()).startsWith("On 2025-06-01: 2 reviews overdue and 0 due within 90 days.");
        assertThat(dashboard.select("#review-queue ~ h3, section:has(#review-queue) h3").eachText()).containsExactly(
                "Heart and Vascular Editorial Board (heart-board)", "Behavioral Health Editorial Board (behavioral-health-board)");
        List<String> rows = new ArrayList<>();
        for (Element row : dashboard.select("section:has(#review-queue) tbody tr")) {
            rows.add(row.attr("class") + " | " + row.select("td").eachText());
        }
        assertThat(rows).containsExactly(
                "overdue | [Heart attack articles/heart/heart-attack.md, Overdue, 503 days late, January 15, 2024, January 15, 2021, "
                        + grade(dashboard, 0) + "]",
                "overdue | [Depression articles/mental-health/depression.md, Overdue, 92 days late, March 1, 2025, March 1, 2022, "
                        + grade(dashboard, 1) + "]");
        assertThat(dashboard.select("section:has(#review-queue) tbody a").eachAttr("href"))
                .containsExactly("../articles/heart-attack/", "../articles/depression/");
    }

    private static String grade(Document dashboard, int row) {
        String grade = dashboard.select("section:has(#review-queue) tbody tr").get(row).select("td").last().text();
        assertThat(grade).matches("\\d+\\.\\d");
        return grade;
    }

    @Test
    void listsArticlesInReviewAndDraftsLinkedOnlyInAPreview() throws IOException {
        Document dashboard = parse(build(false).resolve("editorial/index.html"));
        Document preview = parse(build(true).resolve("editorial/index.html"));

        assertThat(dashboard.select("section:has(#unpublished) tbody tr td:nth-child(2)").eachText())
                .containsExactly("in-review", "draft");
        assertThat(dashboard.select("section:has(#unpublished) tbody td:first-child").eachText())
                .containsExactly("Anxiety disorders articles/mental-health/anxiety.md", "Walking for health articles/living/walking.md");
        assertThat(dashboard.select("section:has(#unpublished) a")).isEmpty();
        assertThat(preview.select("section:has(#unpublished) a").eachAttr("href"))
                .containsExactly("../articles/anxiety/", "../articles/walking/");
    }

    @Test
    void noPublicPageSitemapOrFeedLeadsToIt() throws IOException {
        Path site = build(false);
        Path dashboard = site.resolve("editorial/index.html");
        List<String> links = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html") && !f.equals(dashboard)).toList()) {
                for (Element link : parse(page).select("a[href], link[href]")) {
                    checked++;
                    if (leadsTo(page, link.attr("href"), site.resolve("editorial"))) {
                        links.add(site.relativize(page) + " -> " + link.attr("href"));
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(links).isEmpty();
        assertThat(Files.readString(site.resolve("sitemap.xml"))).contains("/editorial-process/").doesNotContain("/editorial/");
        assertThat(Files.readString(site.resolve("feed.xml"))).doesNotContain("/editorial/");
    }

    private static boolean leadsTo(Path page, String href, Path folder) {
        if (href.matches("^[a-z]+:.*")) {
            return href.contains("/editorial/") || href.endsWith("/editorial");
        }
        String path = URI.create(href).getPath();
        Path target = page.getParent().resolve(path.isEmpty() ? "." : path).normalize();
        return target.equals(folder) || target.equals(folder.resolve("index.html"));
    }
}
