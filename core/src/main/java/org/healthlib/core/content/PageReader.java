package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.markdown.RenderedBody;
import org.healthlib.core.model.Page;
import org.healthlib.core.yaml.KeyPositions;
import org.healthlib.core.yaml.YamlMap;
import org.healthlib.core.yaml.YamlValue;

/**
 * Checks the front matter of a stand-alone page: {@code title} (required), {@code summary}
 * (optional, at most 300 characters) and {@code slug} (optional, default the file name).
 */
final class PageReader {

    static final List<String> KEYS = List.of("title", "summary", "slug");

    /** The checked front matter of a page, before its body is rendered. */
    record PageFrontMatter(Path file, String slug, String title, String summary, KeyPositions positions) {
        Page toPage(RenderedBody body) {
            return new Page(file, slug, title, summary, body);
        }
    }

    private PageReader() {
    }

    static Optional<PageFrontMatter> read(Path file, YamlMap fields) {
        fields.rejectUnknownKeys(KEYS);
        Optional<String> title = fields.require("title").flatMap(YamlValue::string);
        Optional<String> summary = fields.get("summary").flatMap(ArticleReader::summary);
        Optional<String> slug = ArticleReader.slug(file, fields);
        if (fields.file().diagnostics().hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new PageFrontMatter(file, slug.orElseThrow(), title.orElseThrow(), summary.orElse(""),
                fields.positions()));
    }
}
