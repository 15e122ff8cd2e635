package org.healthlib.core.yaml;

import java.io.StringReader;
import java.util.Optional;
import org.healthlib.core.diagnostics.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML into positioned nodes with SnakeYAML, never into Java objects: no type is ever
 * instantiated from a tag, and values are read from their scalar text. Limits keep a hostile file
 * (an alias "billion laughs" bomb, deep nesting, a huge document) from exhausting the machine.
 * Every failure becomes a diagnostic at its place in the file.
 */
public final class SafeYaml {

    /** At most this many aliases of lists or maps per document. */
    public static final int MAX_ALIASES = 10;
    /** At most this many levels of nested lists and maps. */
    public static final int MAX_DEPTH = 20;
    /** At most this many characters per document. */
    public static final int MAX_CHARACTERS = 1_000_000;

    /** Read-only once built, so shared by the loading threads. */
    private static final LoaderOptions OPTIONS = options();
    private static final Resolver RESOLVER = new Resolver();

    private SafeYaml() {
    }

    /**
     * The document as a map of keys: an empty map for an empty document, nothing (with a
     * diagnostic) when it is not valid YAML or not a map.
     *
     * @param what how messages name the document ("front matter", "site.yaml")
     * @param start where problems about the map as a whole (a missing key) are reported
     */
    public static Optional<YamlMap> map(YamlFile where, String text, String what, Position start) {
        Optional<Node> root;
        try {
            root = Optional.ofNullable(composer(text).getSingleNode());
        } catch (MarkedYAMLException e) {
            where.error(markedPosition(where, e), "invalid YAML: " + describe(e));
            return Optional.empty();
        } catch (ReaderException e) {
            where.error(offsetPosition(where, text, e.getPosition()),
                    String.format("invalid YAML: character U+%04X is not allowed", e.getCodePoint()));
            return Optional.empty();
        } catch (YAMLException e) {
            where.error(where.start(), limitMessage(e));
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(YamlMap.empty(where, start));
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            where.error(root.get(), what + " must be keys with values (key: value), got " + YamlValue.kind(root.get()));
            return Optional.empty();
        }
        return Optional.of(YamlMap.of(where, mapping, start));
    }

    private static Composer composer(String text) {
        return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), OPTIONS), RESOLVER, OPTIONS);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARACTERS);
        options.setProcessComments(false);
        return options;
    }

    private static Position markedPosition(YamlFile where, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? where.start() : where.position(mark);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "unreadable document" : e.getProblem();
        return e.getContext() == null ? problem : problem + " (" + e.getContext() + ")";
    }

    private static String limitMessage(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Number of aliases")) {
            return "too many YAML aliases (at most " + MAX_ALIASES + " aliases of lists or maps)";
        }
        if (message.startsWith("Nesting Depth")) {
            return "YAML is nested too deeply (at most " + MAX_DEPTH + " levels)";
        }
        if (message.contains("exceeds the limit")) {
            return "YAML is too long (at most " + MAX_CHARACTERS + " characters)";
        }
        return "invalid YAML: " + message;
    }

    /** The position of the code point at {@code index} of the text. */
    private static Position offsetPosition(YamlFile where, String text, int index) {
        int line = 0;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < index; i += Character.charCount(text.codePointAt(i)), seen++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(where.firstLine() + line, column);
    }
}
