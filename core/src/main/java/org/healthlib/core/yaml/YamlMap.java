package org.healthlib.core.yaml;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.diagnostics.Suggestions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML map whose keys are words, read key by key; every problem is reported to the file's
 * diagnostics at the key (for key problems) or at the value (for value problems).
 */
public final class YamlMap {
    private final YamlFile file;
    private final Position start;
    private final Map<String, NodeTuple> entries;

    private YamlMap(YamlFile file, Position start, Map<String, NodeTuple> entries) {
        this.file = file;
        this.start = start;
        this.entries = entries;
    }

    static YamlMap empty(YamlFile file, Position start) {
        return new YamlMap(file, start, Map.of());
    }

    /** Reads the keys of a mapping node, reporting keys that are not words and keys written twice. */
    static YamlMap of(YamlFile file, MappingNode node, Position start) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar) || key.getTag().equals(Tag.NULL)) {
                file.error(key, "a key must be a word, got " + YamlValue.kind(key));
                continue;
            }
            NodeTuple first = entries.putIfAbsent(scalar.getValue(), tuple);
            if (first != null) {
                file.error(key, "duplicate key '" + scalar.getValue() + "' (first written on line "
                        + file.position(first.getKeyNode()).line() + ")");
            }
        }
        return new YamlMap(file, start, entries);
    }

    public YamlFile file() {
        return file;
    }

    /** Where problems about the map as a whole are reported. */
    public Position start() {
        return start;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Reports each key that is not one of {@code known}, suggesting the closest known key. */
    public void rejectUnknownKeys(Collection<String> known) {
        entries.forEach((key, tuple) -> {
            if (!known.contains(key)) {
                file.error(tuple.getKeyNode(), "unknown key '" + key + "'" + Suggestions.didYouMean(key, known));
            }
        });
    }

    /** The key's value; nothing when the key is absent or written without a value ({@code key:}). */
    public Optional<YamlValue> get(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || YamlValue.isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(new YamlValue(file, "'" + key + "'", tuple.getValueNode()));
    }

    /** The key's value, reporting a missing key (at {@link #start()}) or a key without a value. */
    public Optional<YamlValue> require(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            file.error(start, "missing required key '" + key + "'");
            return Optional.empty();
        }
        if (YamlValue.isNull(tuple.getValueNode())) {
            file.error(tuple.getKeyNode(), "'" + key + "' is empty");
            return Optional.empty();
        }
        return get(key);
    }

    public Position keyPosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? start : file.position(tuple.getKeyNode());
    }

    /** Where every key and value was written. */
    public KeyPositions positions() {
        Map<String, Position> keys = new LinkedHashMap<>();
        Map<String, Position> values = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> {
            keys.put(key, file.position(tuple.getKeyNode()));
            if (!YamlValue.isNull(tuple.getValueNode())) {
                values.put(key, file.position(tuple.getValueNode()));
            }
        });
        return new KeyPositions(start, keys, values);
    }
}
