package org.healthlib.core.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One example of the CommonMark specification, read from the {@code spec.txt} that
 * {@code org.commonmark:commonmark-test-util} carries (CommonMark 0.31.2, 652 examples). In that
 * file an example is a fenced block tagged {@code example}: the Markdown, a line holding a single
 * {@code .}, then the HTML; a tab is written as {@code →}.
 */
record SpecExample(int example, String section, String markdown, String html) {

    static final String SPEC = "/spec.txt";
    private static final String FENCE = "````````````````````````````````";

    @Override
    public String toString() {
        return "example " + example + " (" + section + ")";
    }

    static List<SpecExample> all() {
        try (InputStream in = SpecExample.class.getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException(SPEC + " is not on the test classpath (org.commonmark:commonmark-test-util)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SPEC, e);
        }
    }

    static List<SpecExample> parse(String spec) {
        List<SpecExample> examples = new ArrayList<>();
        String section = "";
        StringBuilder markdown = new StringBuilder();
        StringBuilder html = new StringBuilder();
        StringBuilder current = null;
        for (String line : spec.split("\n", -1)) {
            if (current == null) {
                if (line.startsWith(FENCE + " example")) {
                    markdown.setLength(0);
                    html.setLength(0);
                    current = markdown;
                } else if (line.startsWith("#")) {
                    section = line.replaceFirst("^#+\\s*", "").strip();
                }
            } else if (line.equals(FENCE)) {
                examples.add(new SpecExample(examples.size() + 1, section, tabs(markdown), tabs(html)));
                current = null;
            } else if (line.equals(".") && current == markdown) {
                current = html;
            } else {
                current.append(line).append('\n');
            }
        }
        return List.copyOf(examples);
    }

    private static String tabs(CharSequence text) {
        return text.toString().replace('\u2192', '\t');
    }
}
