package org.healthlib.core.markdown;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One example of the CommonMark specification, as listed in the spec's JSON dump. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SpecExample(int example, String section, String markdown, String html) {

    static final String SPEC = "data/commonmark/spec-0.31.2.json";

    @Override
    public String toString() {
        return "example " + example + " (" + section + ")";
    }

    static List<SpecExample> all() {
        Path spec = sharedDirectory().resolve(SPEC);
        try {
            return List.of(new ObjectMapper().readValue(spec.toFile(), SpecExample[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + spec, e);
        }
    }

    /** The shared data folder: the {@code healthlib.shared} property, else {@code ../shared} beside the repository. */
    private static Path sharedDirectory() {
        String property = System.getProperty("healthlib.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("../shared/data"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("shared data not found: set -Dhealthlib.shared");
        }
        return directory.resolve("../shared").normalize();
    }
}
