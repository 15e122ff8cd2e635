package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.healthlib.cli.browser.FixtureLibrary;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.generator.site.BuildListener;
import org.healthlib.search.query.SearchService;
import org.healthlib.search.query.Suggestion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s republishing of one article's front matter: the site it leaves is, file for file
 * and byte for byte, the one a full build of the edited folder writes; an edit with an error
 * publishes nothing; an edit that moves addresses is left to a full build.
 */
class PreviewTest {
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.forContent();
    private static final LocalDate TODAY = LocalDate.parse(FixtureLibrary.TODAY);

    @TempDir
    Path dir;
    Path content;
    StringWriter printed;
    Preview preview;

    @BeforeEach
    void publishTheLibrary() throws IOException {
        content = FixtureLibrary.copy(dir);
        printed = new StringWriter();
        preview = new Preview(MARKDOWN, new LoadOptions(content, TODAY, false), dir.resolve("site"),
                dir.resolve("index"), new PrintWriter(printed, true));
        assertThat(preview.publishAll().succeeded()).as(printed.toString()).isTrue();
    }

    @Test
    void aNewTitleRewritesTheListingsFeedsRelatedArticlesAndRedirectsAsAFullBuildWould() throws IOException {
        edit("articles/heart/heart-attack.md", "title: Heart attack", "title: Acute heart attack");

        assertThat(preview.publishText(Path.of("articles/heart/heart-attack.md"))).as(printed.toString())
                .isEqualTo(Preview.TextOutcome.PUBLISHED);

        assertThat(differentFiles(dir.resolve("site"), fullBuild())).isEmpty();
        assertThat(Files.readString(dir.resolve("site/a-z/index.html"))).contains("Acute heart attack");
        try (SearchService search = SearchService.open(dir.resolve("index"))) {
            assertThat(search.suggest("acute", 5)).extracting(Suggestion::title).contains("Acute heart attack");
        }
    }

    @Test
    void newTopicsAndAReviewDateRewriteBothTopicsListingsAsAFullBuildWould() throws IOException {
        edit("articles/mental-health/psychotherapy.md", "topics: [mental-health]", "topics: [heart-health, mental-health]");
        edit("articles/mental-health/psychotherapy.md", "reviewed: 2024-06-30", "reviewed: 2025-05-30");

        assertThat(preview.publishText(Path.of("articles/mental-health/psychotherapy.md"))).as(printed.toString())
                .isEqualTo(Preview.TextOutcome.PUBLISHED);

        assertThat(differentFiles(dir.resolve("site"), fullBuild())).isEmpty();
        assertThat(Files.readString(dir.resolve("site/topics/heart-health/index.html"))).contains("Psychotherapy");
    }

    @Test
    void aNewTypeAndOtherNamesRewriteBothTypeListingsAndTheAToZAsAFullBuildWould() throws IOException {
        edit("articles/heart/high-blood-pressure.md", "type: condition", "type: test");
        edit("articles/heart/high-blood-pressure.md", "also_called: [Hypertension]", "also_called: [Hypertension, HBP]");

        assertThat(preview.publishText(Path.of("articles/heart/high-blood-pressure.md"))).as(printed.toString())
                .isEqualTo(Preview.TextOutcome.PUBLISHED);

        assertThat(differentFiles(dir.resolve("site"), fullBuild())).isEmpty();
        try (SearchService search = SearchService.open(dir.resolve("index"))) {
            assertThat(search.suggest("hbp", 5)).extracting(Suggestion::title).contains("HBP (High blood pressure)");
        }
    }

    @Test
    void aTextEditThatTakesTheGradeAboveTheTargetRewritesTheDashboardAsAFullBuildWould() throws IOException {
        String dashboard = Files.readString(dir.resolve("site/editorial/index.html"));
        Files.writeString(content.resolve("articles/mental-health/psychotherapy.md"), "\n" + HARD_TO_READ.repeat(6),
                StandardOpenOption.APPEND);

        assertThat(preview.publishText(Path.of("articles/mental-health/psychotherapy.md"))).as(printed.toString())
                .isEqualTo(Preview.TextOutcome.PUBLISHED);

        assertThat(differentFiles(dir.resolve("site"), fullBuild())).isEmpty();
        assertThat(dashboard).doesNotContain("articles/mental-health/psychotherapy.md");
        assertThat(Files.readString(dir.resolve("site/editorial/index.html")))
                .contains("articles/mental-health/psychotherapy.md");
    }

    private static final String HARD_TO_READ = "Notwithstanding considerable interdisciplinary heterogeneity,"
            + " psychotherapeutic interventions demonstrably ameliorate psychopathological symptomatology"
            + " among individuals experiencing comorbid psychiatric conditions, particularly when"
            + " administered collaboratively by appropriately credentialed multidisciplinary practitioners.\n\n";

    @Test
    void aFrontMatterEditWithABrokenLinkIsReportedAndPublishesNothing() throws IOException {
        Map<String, String> published = files(dir.resolve("site"));
        edit("articles/heart/heart-attack.md", "title: Heart attack", "title: Acute heart attack");
        Files.writeString(content.resolve("articles/heart/heart-attack.md"), "\nSee [this](no-such-article.md).\n",
                StandardOpenOption.APPEND);

        assertThat(preview.publishText(Path.of("articles/heart/heart-attack.md")))
                .isEqualTo(Preview.TextOutcome.FAILED);

        assertThat(printed.toString()).contains("articles/heart/heart-attack.md:", "error: broken link 'no-such-article.md'");
        assertThat(files(dir.resolve("site"))).isEqualTo(published);
    }

    @Test
    void anEditThatEmptiesATopicOrMovesTheArticleIsLeftToAFullBuild() throws IOException {
        edit("articles/living/sleep.md", "topics: [mental-health, healthy-living]", "topics: [mental-health]");
        assertThat(preview.publishText(Path.of("articles/living/sleep.md"))).isEqualTo(Preview.TextOutcome.NOT_TEXT_ONLY);

        edit("articles/living/sleep.md", "topics: [mental-health]", "topics: [mental-health, healthy-living]\nslug: good-sleep");
        assertThat(preview.publishText(Path.of("articles/living/sleep.md"))).isEqualTo(Preview.TextOutcome.NOT_TEXT_ONLY);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    /** The site of a full build of the content folder as it is now. */
    private Path fullBuild() throws IOException {
        Path site = dir.resolve("full-site");
        Publisher.Outcome outcome = new Publisher(MARKDOWN, new PrintWriter(new StringWriter()))
                .publish(new LoadOptions(content, TODAY, false), site, dir.resolve("full-index"),
                        BuildListener.NONE);
        assertThat(outcome.succeeded()).isTrue();
        return site;
    }

    /** The files that one folder has and the other has not, or has with other bytes. */
    private static Set<String> differentFiles(Path one, Path other) throws IOException {
        Map<String, String> ones = files(one);
        Map<String, String> others = files(other);
        Set<String> different = new TreeSet<>(ones.keySet());
        different.addAll(others.keySet());
        different.removeIf(file -> Objects.equals(ones.get(file), others.get(file)));
        return different;
    }

    /** Every file of a folder and its bytes (as ISO-8859-1 text), by path. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
