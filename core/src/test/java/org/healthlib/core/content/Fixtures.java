package org.healthlib.core.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the fixture folders of the tests: copied from src/test/resources to the test class path. */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sub-folders of a resource folder, by name. */
    static List<Path> folders(String name) {
        try (Stream<Path> children = Files.list(resource(name))) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same file in src/test/resources, for {@code -Dgolden.update=true}. */
    static Path source(String name) {
        String root = System.getProperty("healthlib.root", "..");
        return Path.of(root, "core", "src", "test", "resources").resolve(name);
    }
}
