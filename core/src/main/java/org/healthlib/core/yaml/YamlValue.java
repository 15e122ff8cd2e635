package org.healthlib.core.yaml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.diagnostics.Suggestions;
import org.healthlib.core.model.Slugged;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML value, converted on demand to what a key expects. Conversions read the scalar's
 * text, never SnakeYAML's implicit types (so {@code 2024-01-01} stays text until it is checked
 * as a date). A value of the wrong shape is reported at the value, and the conversion gives
 * nothing.
 *
 * @param label how messages name the value: {@code 'reviewed'}, {@code an item of 'topics'}
 */
public record YamlValue(YamlFile file, String label, Node node) {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON");

    public Position position() {
        return file.position(node);
    }

    public void error(String message) {
        file.error(position(), message);
    }

    /** A non-blank string; numbers, dates and booleans are taken as written. */
    public Optional<String> string() {
        if (!(node instanceof ScalarNode scalar)) {
            return wrongKind("a string");
        }
        if (scalar.getValue().isBlank()) {
            error(label + " is empty");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    /** A date written {@code yyyy-mm-dd} that exists in the calendar. */
    public Optional<LocalDate> date() {
        if (!(node instanceof ScalarNode scalar)) {
            return wrongKind("a date (yyyy-mm-dd)");
        }
        String text = scalar.getValue();
        if (!DATE.matcher(text).matches()) {
            error(label + " is not a date (expected yyyy-mm-dd, got \"" + text + "\")");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(text.substring(0, 4)),
                    Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8, 10))));
        } catch (DateTimeException e) {
            error(label + " is not a valid date (\"" + text + "\" does not exist)");
            return Optional.empty();
        }
    }

    /** {@code true} or {@code false} (YAML's {@code yes}/{@code no} and {@code on}/{@code off} too). */
    public Optional<Boolean> bool() {
        if (node instanceof ScalarNode scalar && node.getTag().equals(Tag.BOOL)) {
            return Optional.of(TRUE.contains(scalar.getValue()));
        }
        return shouldBe("true or false");
    }

    /** A number, whole or decimal. */
    public Optional<Double> number() {
        if (node instanceof ScalarNode scalar && (node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.FLOAT))) {
            try {
                return Optional.of(Double.parseDouble(scalar.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                return shouldBe("a number");
            }
        }
        return shouldBe("a number");
    }

    /** One of the constants of a {@link Slugged} enum, by its slug; an error with the closest slug otherwise. */
    public <E extends Enum<E> & Slugged> Optional<E> oneOf(Class<E> type) {
        Optional<String> text = string();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> found = Slugged.fromSlug(type, text.get());
        if (found.isEmpty()) {
            List<String> words = Slugged.slugs(type);
            error(label + " must be one of " + String.join(", ", words) + "; got '" + text.get() + "'"
                    + Suggestions.didYouMean(text.get(), words));
        }
        return found;
    }

    /** The items of a list, each labelled "an item of 'key'". */
    public Optional<List<YamlValue>> list() {
        if (!(node instanceof SequenceNode sequence)) {
            return wrongKind("a list");
        }
        List<YamlValue> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlValue(file, "an item of " + label, item));
        }
        return Optional.of(items);
    }

    /** A list of non-blank strings; items that are not strings are reported and left out. */
    public Optional<List<String>> strings() {
        return list().map(items -> items.stream().map(YamlValue::string).flatMap(Optional::stream).toList());
    }

    /** A map of keys, whose missing keys are reported at the map's first key. */
    public Optional<YamlMap> map() {
        if (!(node instanceof MappingNode mapping)) {
            return wrongKind("a map of keys (key: value)");
        }
        return Optional.of(YamlMap.of(file, mapping, position()));
    }

    private <T> Optional<T> wrongKind(String expected) {
        error(label + " must be " + expected + ", got " + kind(node));
        return Optional.empty();
    }

    private <T> Optional<T> shouldBe(String expected) {
        if (node instanceof ScalarNode scalar) {
            error(label + " must be " + expected + ", got \"" + scalar.getValue() + "\"");
            return Optional.empty();
        }
        return wrongKind(expected);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** How a message names the kind of a node: "a list", "a map", "a string", ... */
    static String kind(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.NULL)) {
            return "nothing";
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "a number";
        }
        if (tag.equals(Tag.BOOL)) {
            return "true or false";
        }
        if (tag.equals(Tag.TIMESTAMP)) {
            return "a date";
        }
        return "a string";
    }
}
