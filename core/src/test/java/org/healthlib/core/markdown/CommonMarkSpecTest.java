package org.healthlib.core.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CommonMark 0.31.2 spec examples against the plain CommonMark renderer. Examples listed in
 * {@code commonmark/known-failures.txt} must still fail, so that a fix shows as well as a regression.
 */
class CommonMarkSpecTest {

    private static final int MINIMUM_PASSING = 618;
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.commonMark();
    private static final Map<Integer, String> KNOWN_FAILURES = knownFailures();

    static List<SpecExample> examples() {
        return SpecExample.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(SpecExample example) {
        String expected = HtmlNormalizer.normalize(example.html());
        String actual = HtmlNormalizer.normalize(render(example));
        if (KNOWN_FAILURES.containsKey(example.example())) {
            assertThat(actual)
                    .as("example %d now passes: remove it from known-failures.txt", example.example())
                    .isNotEqualTo(expected);
        } else {
            assertThat(actual).as("%s\nmarkdown:\n%s", example, example.markdown()).isEqualTo(expected);
        }
    }

    @Test
    void knownFailuresAreExactlyTheFailingExamples() {
        List<SpecExample> examples = examples();
        Map<Integer, String> failing = examples.stream()
                .filter(example -> !passes(example))
                .collect(Collectors.toMap(SpecExample::example, SpecExample::section, (a, b) -> a, TreeMap::new));

        assertThat(examples).hasSize(652);
        assertThat(failing.keySet()).as("failing examples vs. known-failures.txt").isEqualTo(KNOWN_FAILURES.keySet());
        assertThat(examples.size() - failing.size()).isGreaterThanOrEqualTo(MINIMUM_PASSING);
    }

    private static boolean passes(SpecExample example) {
        return HtmlNormalizer.normalize(render(example)).equals(HtmlNormalizer.normalize(example.html()));
    }

    private static String render(SpecExample example) {
        return RENDERER.render(example.markdown(), 1).html();
    }

    /** {@code number<TAB>section<TAB>reason} lines; {@code #} starts a comment. */
    private static Map<Integer, String> knownFailures() {
        try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream("/commonmark/known-failures.txt")) {
            if (in == null) {
                throw new IllegalStateException("commonmark/known-failures.txt is missing");
            }
            Map<Integer, String> failures = new TreeMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 3))
                    .forEach(fields -> failures.put(Integer.parseInt(fields[0].strip()), fields[2].strip()));
            return failures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
