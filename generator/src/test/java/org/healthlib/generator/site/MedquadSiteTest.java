package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.healthlib.core.content.Library;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.testing.SharedData;
import org.healthlib.generator.fixtures.FixtureSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MedQuAD corpus of the shared folder (5,483 articles) built whole: a page for every article
 * with its review dates, valid sitemap and feed, and no broken internal link on any page. It takes
 * a minute or more; {@code -DexcludedGroups=corpus} leaves it out of a quick run.
 */
@Tag("corpus")
class MedquadSiteTest {
    private static final int ARTICLES = 5483;
    private static final Pattern URL = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @TempDir
    static Path out;
    static Path site;
    static BuildReport report;

    @BeforeAll
    static void build() {
        Path corpus = SharedData.require(SharedData.medquad());
        Library library = FixtureSites.load(corpus, false);
        site = out.resolve("site");
        report = new SiteBuilder(FixtureSites.MARKDOWN).build(library, site);
    }

    @Test
    void buildsAPageForEveryArticleWithItsReviewDates() throws IOException {
        assertThat(report.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(report.articles()).isEqualTo(ARTICLES);
        try (Stream<Path> folders = Files.list(site.resolve("articles"))) {
            List<Path> pages = folders.map(folder -> folder.resolve("index.html")).toList();
            assertThat(pages).hasSize(ARTICLES);
            for (Path page : pages) {
                assertThat(Files.readString(page)).as(page.toString())
                        .containsPattern("Last reviewed on <time datetime=\"\\d{4}-\\d{2}-\\d{2}\">")
                        .containsPattern("Next review due <time datetime=\"\\d{4}-\\d{2}-\\d{2}\">");
            }
        }
    }

    @Test
    void theNamesFileHasEveryArticleAndTheHintsTellApartTheTitlesThatRepeat() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path names = site.resolve(NamesFile.NAMES);
        JsonNode articles = json.readTree(names.toFile()).get("articles");
        JsonNode hints = json.readTree(site.resolve(NamesFile.HINTS).toFile());
        assertThat(articles).hasSize(ARTICLES);
        assertThat(Files.size(names)).as("bytes").isLessThan(1_000_000);

        Map<String, List<String>> hintsByTitle = new HashMap<>();
        articles.forEach(row -> {
            JsonNode hint = hints.get(row.get(0).asText());
            if (hint != null) {
                hintsByTitle.computeIfAbsent(row.get(1).asText().toLowerCase(Locale.ROOT), title -> new ArrayList<>())
                        .add(hint.asText());
            }
        });
        assertThat(hintsByTitle).hasSizeGreaterThan(300);
        long told = hintsByTitle.values().stream().filter(same -> same.stream().distinct().count() == same.size()).count();
        assertThat(told).as("repeated titles whose hints all differ").isGreaterThan(hintsByTitle.size() * 9L / 10);
    }

    @Test
    void sitemapAndFeedAreValidXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        org.w3c.dom.NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        int articles = 0;
        for (int i = 0; i < locs.getLength(); i++) {
            articles += locs.item(i).getTextContent().startsWith("https://library.example.org/articles/") ? 1 : 0;
        }
        assertThat(articles).isEqualTo(ARTICLES);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(50);
    }

    @Test
    void noPageHasABrokenInternalLink() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("404.html")).toList()) {
                Matcher url = URL.matcher(Files.readString(page));
                while (url.find()) {
                    String value = url.group(1).replace("&amp;", "&");
                    if (value.isEmpty() || value.startsWith("#") || value.matches("^[a-z]+:.*")) {
                        continue;
                    }
                    checked++;
                    String path = URLDecoder.decode(value.split("[#?]")[0], StandardCharsets.UTF_8);
                    Path target = page.getParent().resolve(path).normalize();
                    if (Files.isDirectory(target)) {
                        target = target.resolve("index.html");
                    }
                    if (!Files.isRegularFile(target)) {
                        broken.add(site.relativize(page) + " -> " + value);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(100_000);
    }
}
