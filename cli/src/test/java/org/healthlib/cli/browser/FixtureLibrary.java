package org.healthlib.cli.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The fixture library of the browser tests ({@code src/test/resources/sites/library}): the
 * generator's basic site and two articles both called "Diabetes". Copied, since tests edit it.
 */
public final class FixtureLibrary {
    /** The day it is served on: two of its articles are overdue for review then. */
    public static final String TODAY = "2025-06-01";
    private static final Path SOURCE = Path.of("src", "test", "resources", "sites", "library");

    private FixtureLibrary() {
    }

    /** A copy of the library in {@code dir/content}. */
    public static Path copy(Path dir) throws IOException {
        Path target = dir.resolve("content");
        try (Stream<Path> files = Files.walk(SOURCE)) {
            files.forEach(source -> {
                Path copy = target.resolve(SOURCE.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(source, copy);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }
}
