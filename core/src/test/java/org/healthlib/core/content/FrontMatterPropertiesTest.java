package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.yaml.SafeYaml;
import org.healthlib.core.yaml.YamlFile;
import org.healthlib.core.yaml.YamlMap;
import org.healthlib.core.yaml.YamlText;

/**
 * Front matter and slugs from any text: never an exception, every diagnostic on a line of the
 * file, and a slug is either refused or a single safe path segment.
 */
class FrontMatterPropertiesTest {
    private static final Path FILE = Path.of("articles/x.md");

    @Provide
    Arbitrary<String> article() {
        Arbitrary<String> frontMatter = YamlText.anyText();
        Arbitrary<String> delimiter = Arbitraries.of("---", "---  ", "--- \t", "----", "--", "", "---x");
        Arbitrary<String> body = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200), Arbitraries.of("", "\n", "# A\n\n---\n"));
        return Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(delimiter, frontMatter, delimiter, body)
                        .as((open, yaml, close, text) -> open + "\n" + yaml + "\n" + close + "\n" + text),
                YamlText.anyText());
    }

    @Property(tries = 2_000)
    void theSplitPartsMakeUpTheFileAndTheBodyStartsOnItsLine(@ForAll("article") String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(FILE, text, diagnostics);

        assertThat(split.isPresent()).isNotEqualTo(diagnostics.hasErrors());
        split.ifPresent(parts -> {
            assertThat(text).contains(parts.frontMatter()).endsWith(parts.body());
            String beforeBody = text.substring(0, text.length() - parts.body().length());
            assertThat(beforeBody).startsWith("---").contains(parts.frontMatter());
            if (!parts.body().isEmpty()) {
                assertThat(parts.bodyFirstLine()).isEqualTo(YamlText.lines(beforeBody));
            }
            assertThat(parts.bodyFirstLine()).isBetween(3, YamlText.lines(text) + 1);
        });
        diagnostics.sorted().forEach(diagnostic -> assertThat(diagnostic.line()).isEqualTo(1));
    }

    @Property(tries = 2_000)
    void parsingAnyFileGivesFieldsOrDiagnosticsOnItsLines(@ForAll("article") String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<FrontMatterParser.Parsed> parsed = FrontMatterParser.parse(FILE, text, diagnostics);

        assertThat(parsed.isPresent() || diagnostics.hasErrors()).isTrue();
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            assertThat(diagnostic.line()).as(diagnostic.toString()).isBetween(1, YamlText.yamlLines(text));
        }
        parsed.ifPresent(fields -> assertThat(fields.bodyFirstLine()).isBetween(3, YamlText.lines(text) + 1));
    }

    @Provide
    Arbitrary<String> slugs() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcxyz019-_./\\ %:AZé").ofMaxLength(20),
                Arbitraries.of("..", ".", "../etc", "a/b", "a\\b", "%2e%2e", "con", "-", "a--b", "ÅNGEST", "heart-attack"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
    }

    @Property(tries = 1_000)
    void aWrittenSlugIsASafePathSegmentOrAnErrorOnItsLine(@ForAll("slugs") String slug) {
        Diagnostics diagnostics = new Diagnostics();
        YamlFile where = new YamlFile(FILE, 2, diagnostics);
        YamlMap fields = SafeYaml.map(where, "title: A\nslug: " + doubleQuoted(slug) + "\n", "front matter", Position.START)
                .orElseThrow(() -> new AssertionError(diagnostics.sorted().toString()));

        Optional<String> read = ArticleReader.slug(FILE, fields);

        if (read.isPresent()) {
            assertThat(read.get()).isEqualTo(slug).matches("[a-z0-9-]+");
            assertSafeSegment(read.get());
        } else {
            assertThat(diagnostics.sorted()).singleElement().satisfies(diagnostic -> {
                assertThat(diagnostic.line()).isEqualTo(3);
                assertThat(diagnostic.message()).matches("(?s)'slug' (must use only a-z, 0-9 and '-' .*|is empty)");
            });
        }
    }

    @Property(tries = 1_000)
    void aFileNameIsASafeSlugOrAnErrorAtTheStart(@ForAll("slugs") String name) {
        Path file;
        try {
            file = Path.of("articles", name + ".md");
        } catch (java.nio.file.InvalidPathException notAFileName) {
            return;
        }
        if (!file.getParent().equals(Path.of("articles"))) {
            return;
        }
        Diagnostics diagnostics = new Diagnostics();
        YamlMap fields = SafeYaml.map(new YamlFile(file, 2, diagnostics), "title: A\n", "front matter", Position.START)
                .orElseThrow();

        Optional<String> read = ArticleReader.slug(file, fields);

        if (read.isPresent()) {
            assertSafeSegment(read.get());
        } else {
            assertThat(diagnostics.sorted()).singleElement()
                    .satisfies(diagnostic -> assertThat(diagnostic.message()).contains("is not a valid slug"));
        }
    }

    /** The page of the slug, {@code articles/<slug>/}, is inside {@code articles/}. */
    private static void assertSafeSegment(String slug) {
        assertThat(slug).isNotEmpty().doesNotContain("/").doesNotContain("\\").isNotIn(".", "..");
        Path page = Path.of("site/articles").resolve(slug).normalize();
        assertThat(page.getParent()).isEqualTo(Path.of("site/articles"));
    }

    /** A YAML double-quoted scalar of any text: quotes, backslashes and every non-ASCII or control character escaped. */
    private static String doubleQuoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
