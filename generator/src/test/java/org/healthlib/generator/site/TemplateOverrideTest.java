package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.testing.Folders;
import org.healthlib.generator.fixtures.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content folder's {@code templates/} replaces the theme's templates by file name. */
class TemplateOverrideTest {
    private final SiteBuilder builder = new SiteBuilder(FixtureSites.MARKDOWN);

    @TempDir
    Path out;

    @Test
    void aTemplateOfTheContentFolderReplacesTheThemesOwn() throws IOException {
        BuildReport report = builder.build(FixtureSites.load("override", false), out.resolve("site"));

        assertThat(report.diagnostics()).isEmpty();
        String home = Files.readString(out.resolve("site/index.html"));
        assertThat(home).contains("<h1>Welcome to Lakeside Clinic Library</h1>",
                "<p class=\"clinic-welcome\">Our clinicians have reviewed 1 articles for you.</p>",
                "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>");
        assertThat(home).doesNotContain("Browse by topic");
        assertThat(Files.readString(out.resolve("site/articles/flu/index.html")))
                .contains("<h1 id=\"article-title\">Flu</h1>", "Our editorial process", "Reviewed by Clinic Editorial Board");
    }

    @Test
    void aTemplateThatDoesNotParseIsAnErrorAtItsLineAndNothingIsWritten() {
        BuildReport report = builder.build(FixtureSites.load("broken-template", false), out.resolve("site"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::format).containsExactly(
                "templates/listing.ftlh:5:1: error: Encountered \"</@layout.page>\", but at this place only this can be"
                + " closed: \"#if\". This usually because of wrong nesting of FreeMarker directives, like a missed or"
                + " malformed end-tag somewhere. (Note that FreeMarker end-tags must have # or @ after the / character.)");
        assertThat(out.resolve("site")).doesNotExist();
    }

    @Test
    void aTemplateThatFailsWhileRenderingIsAnErrorAtItsLineNamingTheMissingValue() throws IOException {
        Path content = out.resolve("content");
        Folders.copy(FixtureSites.folder("broken-template"), content);
        Files.delete(content.resolve("templates/listing.ftlh"));

        BuildReport report = builder.build(
                FixtureSites.load(content, false),
                out.resolve("site"));

        assertThat(report.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::format)
                .containsExactly("templates/home.ftlh:3:7: error: 'page.welcomeText' is null or missing on a page;"
                        + " give it a default ('page.welcomeText!\"\"') or test it first ('<#if page.welcomeText??>')");
        assertThat(out.resolve("site")).doesNotExist();
    }
}
