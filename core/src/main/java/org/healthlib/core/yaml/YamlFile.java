package org.healthlib.core.yaml;

import java.nio.file.Path;
import java.util.Objects;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.Position;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where a piece of YAML comes from, so that its problems are reported at lines of the FILE:
 * front matter starts on line 2 of an article, {@code site.yaml} on line 1.
 *
 * @param file        the file, relative to the content folder
 * @param firstLine   the file line the YAML text starts on (1-based)
 * @param diagnostics where problems go
 */
public record YamlFile(Path file, int firstLine, Diagnostics diagnostics) {

    public YamlFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(diagnostics, "diagnostics");
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine is 1-based: " + firstLine);
        }
    }

    /** The first character of the YAML text. */
    public Position start() {
        return new Position(firstLine, 1);
    }

    public Position position(Mark mark) {
        return new Position(firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    public Position position(Node node) {
        return position(node.getStartMark());
    }

    public void error(Position at, String message) {
        diagnostics.add(Diagnostic.error(file, at, message));
    }

    public void error(Node node, String message) {
        error(position(node), message);
    }

    public void warning(Position at, String message) {
        diagnostics.add(Diagnostic.warning(file, at, message));
    }
}
