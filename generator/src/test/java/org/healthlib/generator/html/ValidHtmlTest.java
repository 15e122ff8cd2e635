package org.healthlib.generator.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.healthlib.generator.fixtures.FixtureSites;
import org.healthlib.generator.site.BuildReport;
import org.healthlib.generator.site.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every page type of the basic fixture site is valid HTML: the Nu HTML Checker finds no error. */
class ValidHtmlTest {
    @TempDir
    static Path out;
    static Path site;
    static NuChecker checker;

    @BeforeAll
    static void build() throws Exception {
        site = out.resolve("site");
        BuildReport report = new SiteBuilder(FixtureSites.MARKDOWN).build(FixtureSites.load("basic", false), site);
        assertThat(report.diagnostics()).isEmpty();
        checker = new NuChecker();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "article with sections and sources, articles/depression/index.html",
        "article with a table,              articles/heart-attack/index.html",
        "article with a crisis notice,      articles/psychotherapy/index.html",
        "plain article,                     articles/high-blood-pressure/index.html",
        "home,                              index.html",
        "A–Z,                               a-z/index.html",
        "topic,                             topics/mental-health/index.html",
        "type,                              types/condition/index.html",
        "search,                            search/index.html",
        "stand-alone page,                  editorial-process/index.html",
        "404,                               404.html",
        "redirect,                          conditions/heart-attack.html",
    })
    void pageHasNoError(String pageType, String file) throws Exception {
        Path page = site.resolve(file);
        assertThat(page).as(pageType).isRegularFile();
        assertThat(checker.errors(page)).as(pageType + " (" + file + ")").isEmpty();
    }

    @Test
    void theCheckerFindsAnError() throws Exception {
        Path broken = Files.writeString(out.resolve("broken.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>x</div></p><li>y</body></html>");
        assertThat(checker.errors(broken)).isNotEmpty();
    }
}
