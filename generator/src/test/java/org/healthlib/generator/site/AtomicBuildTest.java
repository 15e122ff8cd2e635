package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthlib.core.testing.Articles.anArticle;
import static org.healthlib.generator.fixtures.Libraries.aLibrary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.healthlib.core.content.Library;
import org.healthlib.core.testing.Bodies;
import org.healthlib.generator.fixtures.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder changes only when a build succeeds. */
class AtomicBuildTest {
    private final SiteBuilder builder = new SiteBuilder(FixtureSites.MARKDOWN);

    @TempDir
    Path dir;

    @Test
    void aFailedBuildLeavesThePreviousSiteByteForByteIntact() throws IOException {
        Path out = dir.resolve("site");
        assertThat(builder.build(goodLibrary(), out).succeeded()).isTrue();
        Map<String, String> before = snapshot(out);

        BuildReport report = builder.build(brokenLibrary(), out);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.diagnostics()).extracting(d -> d.format()).contains(
                "articles/afib.md:7:5: error: broken link 'no-such-article.md': no article or page is written in that file");
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void aFailedFirstBuildWritesNothing() {
        Path out = dir.resolve("site");

        assertThat(builder.build(brokenLibrary(), out).succeeded()).isFalse();

        assertThat(out).doesNotExist();
        assertThat(siblings()).isEmpty();
    }

    @Test
    void aSuccessfulBuildReplacesThePreviousSiteWhole() throws IOException {
        Path out = dir.resolve("site");
        builder.build(goodLibrary(), out);
        Files.writeString(out.resolve("stale.html"), "left from an older build");

        assertThat(builder.build(aLibrary().editorialProcessPage().article(anArticle().slug("asthma")).build(), out)
                .succeeded()).isTrue();

        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(out.resolve("articles/afib")).doesNotExist();
        assertThat(out.resolve("articles/asthma/index.html")).exists();
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASite() throws IOException {
        Path out = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(out.resolve("letter.txt"), "keep me");

        assertThatThrownBy(() -> builder.build(goodLibrary(), out))
                .isInstanceOf(SiteOutputException.class)
                .hasMessage("refusing to replace " + out + ": it is not empty and does not look like a built site"
                        + " (no index.html)");
        assertThat(out.resolve("letter.txt")).hasContent("keep me");
        assertThat(siblings()).containsExactly("documents");
    }

    @Test
    void refusesToWriteOverTheContentFolder() {
        Library library = aLibrary().root(dir.resolve("content")).article(anArticle().slug("afib")).build();

        assertThatThrownBy(() -> builder.build(library, dir))
                .isInstanceOf(SiteOutputException.class)
                .hasMessageContaining("it holds the content folder");
    }

    private static Library goodLibrary() {
        return aLibrary().editorialProcessPage()
                .article(anArticle().slug("afib").title("Atrial fibrillation").file("articles/afib.md"))
                .article(anArticle().slug("stroke").title("Stroke"))
                .build();
    }

    private static Library brokenLibrary() {
        return aLibrary().editorialProcessPage()
                .article(anArticle().slug("afib").title("Atrial fibrillation").file("articles/afib.md")
                        .body(Bodies.withLink("no-such-article.md", "a missing page", 7)))
                .build();
    }

    private java.util.List<String> siblings() {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
