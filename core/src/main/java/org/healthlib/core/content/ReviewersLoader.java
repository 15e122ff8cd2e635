package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.FilePaths;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.model.Reviewer;
import org.healthlib.core.model.ReviewerRegistry;
import org.healthlib.core.yaml.SafeYaml;
import org.healthlib.core.yaml.YamlFile;
import org.healthlib.core.yaml.YamlMap;
import org.healthlib.core.yaml.YamlValue;

/**
 * Reads {@code reviewers.yaml}: reviewer ids as keys, each with a {@code name} (required),
 * {@code credentials} and {@code url}. A reviewer without a usable {@code name} is left out of
 * the registry, so articles naming it are reported too.
 */
final class ReviewersLoader {

    static final List<String> KEYS = List.of("name", "credentials", "url");

    private ReviewersLoader() {
    }

    static ReviewerRegistry load(Path file, String text, Diagnostics diagnostics) {
        YamlFile where = new YamlFile(file, 1, diagnostics);
        Optional<YamlMap> read = SafeYaml.map(where, text, FilePaths.portable(file), Position.START);
        if (read.isEmpty()) {
            return ReviewerRegistry.empty();
        }
        YamlMap ids = read.get();
        Map<String, Reviewer> reviewers = new LinkedHashMap<>();
        for (String id : ids.keys()) {
            Optional<YamlValue> entry = ids.get(id);
            if (entry.isEmpty()) {
                where.error(ids.keyPosition(id), "reviewer '" + id + "' needs 'name'");
                continue;
            }
            entry.get().map().flatMap(fields -> reviewer(id, ids.keyPosition(id), fields)).ifPresent(r -> reviewers.put(id, r));
        }
        return new ReviewerRegistry(reviewers);
    }

    private static Optional<Reviewer> reviewer(String id, Position idPosition, YamlMap fields) {
        fields.rejectUnknownKeys(KEYS);
        Optional<YamlValue> name = fields.get("name");
        if (name.isEmpty()) {
            fields.file().error(idPosition, "reviewer '" + id + "' needs 'name'");
        }
        Optional<String> credentials = fields.get("credentials").flatMap(YamlValue::string);
        Optional<String> url = fields.get("url").flatMap(SourcesReader::webAddress);
        return name.flatMap(YamlValue::string).map(n -> new Reviewer(id, n, credentials, url));
    }
}
