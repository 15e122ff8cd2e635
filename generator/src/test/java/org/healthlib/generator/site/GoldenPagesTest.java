package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthlib.generator.fixtures.FixtureSites;
import org.healthlib.generator.fixtures.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each page type of the basic fixture site, compared with its golden file. */
class GoldenPagesTest {
    @TempDir
    static Path out;
    static Path site;

    @BeforeAll
    static void build() {
        site = out.resolve("site");
        BuildReport report = new SiteBuilder(FixtureSites.MARKDOWN)
                .build(FixtureSites.load("basic", false), site);
        assertThat(report.diagnostics()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "article,            articles/depression/index.html",
        "article-plain,      articles/high-blood-pressure/index.html",
        "topic,              topics/mental-health/index.html",
        "type,               types/condition/index.html",
        "a-z,                a-z/index.html",
        "home,               index.html",
        "page,               editorial-process/index.html",
        "search,             search/index.html",
        "404,                404.html",
        "redirect,           conditions/heart-attack.html",
        "sitemap,            sitemap.xml",
        "feed,               feed.xml",
        "robots,             robots.txt",
        "names,              search/names.json",
        "hints,              search/hints.json",
    })
    void pageMatchesItsGoldenFile(String pageType, String file) throws IOException {
        String extension = file.substring(file.lastIndexOf('.'));
        Golden.assertMatches(pageType + "/expected" + extension, Files.readString(site.resolve(file)));
    }
}
