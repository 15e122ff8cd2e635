package org.healthlib.core.yaml;

import java.util.Map;
import java.util.Objects;
import org.healthlib.core.diagnostics.Position;

/**
 * Where each key of a YAML map and its value were written, kept after reading so that later
 * checks (a duplicate slug, an overdue review) can point at the right line and column.
 *
 * @param start  where problems about the map as a whole go (a missing key)
 * @param keys   position of each key
 * @param values position of each key's value, for keys that have one
 */
public record KeyPositions(Position start, Map<String, Position> keys, Map<String, Position> values) {

    public KeyPositions {
        Objects.requireNonNull(start, "start");
        keys = Map.copyOf(keys);
        values = Map.copyOf(values);
    }

    /** No positions known: everything is reported at line 1, column 1. */
    public static KeyPositions none() {
        return new KeyPositions(Position.START, Map.of(), Map.of());
    }

    /** The key's position, or {@link #start()} when the key is not written. */
    public Position key(String key) {
        return keys.getOrDefault(key, start);
    }

    /** The value's position, else the key's, else {@link #start()}. */
    public Position value(String key) {
        return values.getOrDefault(key, key(key));
    }
}
