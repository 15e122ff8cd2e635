package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.healthlib.generator.fixtures.FixtureSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The whole basic fixture site: its pages, their links, the feeds and the structured data. */
class WholeSiteTest {
    @TempDir
    static Path out;
    static Path site;
    static BuildReport report;

    @BeforeAll
    static void build() {
        site = out.resolve("site");
        report = new SiteBuilder(FixtureSites.MARKDOWN).build(FixtureSites.load("basic", false), site);
    }

    @Test
    void buildsEveryPublishedArticleAndPageWithoutProblems() {
        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.articles()).isEqualTo(6);
        assertThat(report.pages()).isEqualTo(2);
        assertThat(site.resolve("articles")).isDirectoryContaining(p -> p.endsWith("psychotherapy"));
        assertThat(site.resolve("articles/walking")).doesNotExist();
        assertThat(site.resolve("articles/anxiety")).doesNotExist();
    }

    @Test
    void everyInternalLinkOfEveryPageResolvesToAFile() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : htmlPages()) {
            Document document = parse(page);
            for (Element element : document.select("a[href], link[href], script[src], img[src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (!isInternal(url, page)) {
                    continue;
                }
                checked++;
                Path target = targetOf(page, url);
                if (!Files.isRegularFile(target)) {
                    broken.add(site.relativize(page) + " -> " + url);
                } else if (url.contains("#") && target.toString().endsWith(".html")) {
                    String id = url.substring(url.indexOf('#') + 1);
                    if (parse(target).getElementById(id) == null) {
                        broken.add(site.relativize(page) + " -> " + url + " (no such id)");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).as("internal links checked").isGreaterThan(300);
    }

    @Test
    void everyPageIsAccessibleInStructure() throws IOException {
        for (Path page : htmlPages()) {
            Document document = parse(page);
            String name = site.relativize(page).toString();
            assertThat(document.select("html").attr("lang")).as(name).isEqualTo("en");
            assertThat(document.select("h1")).as(name + ": one h1").hasSize(1);
            assertThat(document.select("img:not([alt])")).as(name + ": images have alt").isEmpty();
            if (!name.equals("conditions/heart-attack.html")) {
                assertThat(document.select("main#main")).as(name).hasSize(1);
                assertThat(document.select("a.skip-link[href=#main]")).as(name).hasSize(1);
                assertThat(document.select("form[role=search] label[for=site-search-q]")).as(name).hasSize(1);
                assertThat(document.select("header, footer, nav[aria-label=Main]")).as(name).hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void sitemapListsThePublicPagesWithTheirLastReview() throws Exception {
        org.w3c.dom.Document sitemap = xml(site.resolve("sitemap.xml"));
        NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        List<String> locs = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            locs.add(((org.w3c.dom.Element) urls.item(i)).getElementsByTagNameNS("*", "loc").item(0).getTextContent());
        }
        assertThat(locs).contains("https://health.example.org/library/", "https://health.example.org/library/a-z/",
                "https://health.example.org/library/articles/high-blood-pressure/",
                "https://health.example.org/library/topics/heart-health/",
                "https://health.example.org/library/editorial-process/");
        assertThat(locs).noneMatch(loc -> loc.contains("walking") || loc.contains("anxiety") || loc.contains("search"));
        assertThat(Files.readString(site.resolve("sitemap.xml")))
                .contains("<loc>https://health.example.org/library/articles/high-blood-pressure/</loc>\n"
                        + "    <lastmod>2025-02-03</lastmod>");
    }

    @Test
    void feedIsAtomWithTheMostRecentlyReviewedFirst() throws Exception {
        org.w3c.dom.Document feed = xml(site.resolve("feed.xml"));
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(6);
        org.w3c.dom.Element first = (org.w3c.dom.Element) entries.item(0);
        assertThat(first.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo("High blood pressure");
        assertThat(first.getElementsByTagNameNS("*", "updated").item(0).getTextContent()).isEqualTo("2025-02-03T00:00:00Z");
    }

    @Test
    void everyArticleCarriesValidMedicalWebPageJsonLd() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> articles = Files.list(site.resolve("articles"))) {
            for (Path folder : articles.toList()) {
                Document page = parse(folder.resolve("index.html"));
                JsonNode data = json.readTree(page.select("script[type=application/ld+json]").first().data());
                assertThat(data.path("@type").asText()).isEqualTo("MedicalWebPage");
                assertThat(data.path("name").asText()).isEqualTo(page.select("h1").text());
                assertThat(data.path("lastReviewed").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(data.path("reviewedBy").path("name").asText()).isNotEmpty();
                assertThat(data.path("about").path("@type").asText()).isNotEmpty();
                assertThat(data.path("audience").path("audienceType").asText()).isEqualTo("Patient");
                assertThat(data.path("citation").isArray()).isTrue();
            }
        }
    }

    @Test
    void reviewDatesAppearInTimeElements() throws IOException {
        Document page = parse(site.resolve("articles/psychotherapy/index.html"));
        assertThat(page.select(".editorial li").eachText()).containsExactly(
                "Last reviewed on June 30, 2024", "Next review due June 30, 2027",
                "Reviewed by Behavioral Health Editorial Board, Licensed psychologists and psychiatrists");
        assertThat(page.select(".editorial time").eachAttr("datetime")).containsExactly("2024-06-30", "2027-06-30");
    }

    @Test
    void overdueArticlesSayItPlainlyAndCurrentOnesDoNot() throws IOException {
        assertThat(parse(site.resolve("articles/heart-attack/index.html")).select(".notice-overdue").text())
                .isEqualTo("This article is past its scheduled review date (due January 15, 2024). "
                        + "Information may be out of date.");
        assertThat(parse(site.resolve("articles/psychotherapy/index.html")).select(".notice-overdue")).isEmpty();
    }

    @Test
    void aliasesBecomeRedirectPages() throws IOException {
        Document redirect = parse(site.resolve("conditions/heart-attack.html"));
        assertThat(redirect.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../articles/heart-attack/");
        assertThat(redirect.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://health.example.org/library/articles/heart-attack/");
    }

    @Test
    void externalLinksOpenWithoutOpener() throws IOException {
        Document page = parse(site.resolve("articles/psychotherapy/index.html"));
        assertThat(page.select("a[href^=http]")).isNotEmpty().allSatisfy(a -> assertThat(a.attr("rel")).contains("noopener"));
    }

    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static boolean isInternal(String url, Path page) {
        if (url.startsWith("#") || url.startsWith("mailto:") || url.matches("^[a-z]+://.*")) {
            return false;
        }
        return !page.endsWith("404.html");
    }

    private static Path targetOf(Path page, String url) {
        String path = URI.create(url).getPath();
        Path target = page.getParent().resolve(path.isEmpty() ? "." : path).normalize();
        return url.split("[#?]")[0].endsWith("/") || path.isEmpty() || Files.isDirectory(target)
                ? target.resolve("index.html") : target;
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
