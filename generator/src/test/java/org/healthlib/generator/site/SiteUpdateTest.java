package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.healthlib.core.content.Library;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.model.Article;
import org.healthlib.core.testing.Folders;
import org.healthlib.generator.fixtures.FixtureSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit of one article's front matter published over a built site of the basic fixture: the
 * plan made from the plan before the edit is the plan of the edited library, the files written
 * are those whose bytes change, and a page that fails to render leaves the site as it was.
 */
class SiteUpdateTest {
    private static final Path HEART_ATTACK = Path.of("articles/heart/heart-attack.md");

    private final SiteBuilder builder = new SiteBuilder(FixtureSites.MARKDOWN);

    @TempDir
    Path dir;
    Path content;
    Path site;
    Library served;
    SitePlan plan;

    @BeforeEach
    void buildTheSite() throws IOException {
        content = dir.resolve("content");
        Folders.copy(FixtureSites.folder("basic"), content);
        site = dir.resolve("site");
        served = FixtureSites.load(content, false);
        plan = builder.plan(served);
        assertThat(builder.build(plan, site).succeeded()).isTrue();
    }

    @Test
    void thePlanAfterAnEditIsThePlanOfTheEditedLibrary() throws IOException {
        for (String[] edit : new String[][] {
                {"title: Heart attack", "title: Acute heart attack"},
                {"also_called: [Myocardial infarction]", "also_called: [Myocardial infarction, MI]"},
                {"topics: [heart-health]", "topics: [heart-health, diabetes]"},
                {"summary: When blood flow", "summary: Zqx. When blood flow"}}) {
            Library library = served.withArticle(edited(HEART_ATTACK, edit[0], edit[1]));

            SitePlan replanned = builder.replan(plan, library, library.article(HEART_ATTACK).orElseThrow());
            SitePlan planned = builder.plan(library);

            assertThat(replanned.articles()).isEqualTo(planned.articles());
            assertThat(replanned.summaries()).isEqualTo(planned.summaries());
            assertThat(replanned.byTopic()).isEqualTo(planned.byTopic());
            assertThat(replanned.byType()).isEqualTo(planned.byType());
            assertThat(replanned.azPages()).isEqualTo(planned.azPages());
            assertThat(replanned.redirects()).isEqualTo(planned.redirects());
            assertThat(replanned.diagnostics()).containsExactlyInAnyOrderElementsOf(planned.diagnostics());
            assertThat(SitePlanner.sitePaths(replanned)).isEqualTo(SitePlanner.sitePaths(planned));
            for (Article article : planned.articles()) {
                assertThat(replanned.related().of(article)).as(article.slug()).isEqualTo(planned.related().of(article));
            }
        }
    }

    @Test
    void theArticlesOwnLinksAreCheckedAgainByTheBuildsRule() throws IOException {
        Article broken = edited(HEART_ATTACK, "## Warning signs", "See [this](no-such-article.md).\n\n## Warning signs");
        Library library = served.withArticle(broken);

        SitePlan replanned = builder.replan(plan, library, broken);

        assertThat(replanned.hasErrors()).isTrue();
        assertThat(replanned.diagnostics()).filteredOn(Diagnostic::isError)
                .containsExactlyInAnyOrderElementsOf(builder.plan(library).diagnostics().stream()
                        .filter(Diagnostic::isError).toList());
    }

    @Test
    void aSummaryEditWritesThePagesThatShowItAndLeavesTheOthersAsTheyWere() throws IOException {
        SiteUpdate.Result result = update(edited(HEART_ATTACK, "summary: When blood flow", "summary: Zqx. When blood flow"));

        assertThat(result.published()).as(result.diagnostics().toString()).isTrue();
        assertThat(result.files()).contains("articles/heart-attack/index.html", "topics/heart-health/index.html",
                "types/condition/index.html", "index.html");
        assertThat(result.files()).doesNotContain("editorial/index.html", "sitemap.xml", "robots.txt",
                NamesFile.NAMES, "a-z/index.html");
        assertThat(files(site)).isEqualTo(files(fullBuild()));
    }

    @Test
    void aTitleEditWritesTheDashboardTheAToZAndTheNamesAgain() throws IOException {
        SiteUpdate.Result result = update(edited(HEART_ATTACK, "title: Heart attack", "title: Acute heart attack"));

        assertThat(result.published()).as(result.diagnostics().toString()).isTrue();
        assertThat(result.files()).contains("articles/heart-attack/index.html", "editorial/index.html",
                "a-z/index.html", NamesFile.NAMES);
        assertThat(files(site)).isEqualTo(files(fullBuild()));
    }

    @Test
    void aPageThatFailsToRenderPublishesNothingAndPutsTheArticlesPageBack() throws IOException {
        // A listing that fails on one summary only, so that the site builds before the edit.
        Files.createDirectories(content.resolve("templates"));
        Files.writeString(content.resolve("templates/listing.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page>
                <#list page.entries as entry><#if entry.summary?contains("Zqx")>${entry.noSuchField}</#if></#list>
                <h1>${page.heading}</h1>
                </@layout.page>
                """);
        served = FixtureSites.load(content, false);
        plan = builder.plan(served);
        assertThat(builder.build(plan, site).succeeded()).isTrue();
        Map<String, String> before = files(site);

        SiteUpdate.Result result = update(edited(HEART_ATTACK, "summary: When blood flow", "summary: Zqx. When blood flow"));

        assertThat(result.published()).isFalse();
        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).anyMatch(d -> d.isError() && d.file().toString().contains("listing.ftlh"));
        assertThat(files(site)).isEqualTo(before);
    }

    private SiteUpdate.Result update(Article changed) {
        Article old = served.article(changed.file()).orElseThrow();
        SiteUpdate update = builder.update(plan, served.withArticle(changed), old, changed).orElseThrow();
        return update.write(site);
    }

    /** The article of {@code file} loaded again after replacing {@code from} with {@code to} in it. */
    private Article edited(Path file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
        return FixtureSites.load(content, false).article(file).orElseThrow();
    }

    private Path fullBuild() {
        Path full = dir.resolve("full-site");
        assertThat(builder.build(FixtureSites.load(content, false), full).succeeded()).isTrue();
        return full;
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
