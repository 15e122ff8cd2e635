package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.Optional;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.yaml.SafeYaml;
import org.healthlib.core.yaml.YamlFile;
import org.healthlib.core.yaml.YamlMap;

/**
 * Reads the front matter of a Markdown file (article or page) into positioned YAML keys, and
 * keeps the body with the file line it starts on. Keys are not checked here: that is the job of
 * {@link ArticleReader} and {@link PageReader}.
 */
final class FrontMatterParser {

    /** A parsed file: its front matter keys and its Markdown body. */
    record Parsed(YamlMap fields, String body, int bodyFirstLine) {
    }

    private FrontMatterParser() {
    }

    /** Parses a decoded file, reporting an empty file, missing or unclosed front matter and YAML errors. */
    static Optional<Parsed> parse(Path file, String text, Diagnostics diagnostics) {
        if (text.isBlank()) {
            diagnostics.add(Diagnostic.error(file, Position.START, "file is empty"));
            return Optional.empty();
        }
        return FrontMatterSplitter.split(file, text, diagnostics).flatMap(split ->
                SafeYaml.map(new YamlFile(file, 2, diagnostics), split.frontMatter(), "front matter", Position.START)
                        .map(fields -> new Parsed(fields, split.body(), split.bodyFirstLine())));
    }
}
