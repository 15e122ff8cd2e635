package org.healthlib.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only shared data folder that some tests read (the MedQuAD corpora and their judged
 * questions, the legacy seed document). The one place tests look it up: the {@code healthlib.shared}
 * system property (set by the build from {@code -Dhealthlib.shared.dir=DIR}, by default
 * {@code ../shared} beside the repository). Tests on it are skipped with a message when it is
 * absent, never failed: a clone of the repository alone passes its tests.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder as configured; it may not exist. */
    public static Path folder() {
        String property = System.getProperty("healthlib.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path root = Path.of(System.getProperty("healthlib.root", "..")).toAbsolutePath().normalize();
        return root.resolveSibling("shared");
    }

    /** The MedQuAD corpus, a content folder of 5,483 articles. */
    public static Path medquad() {
        return folder().resolve("corpora/medquad");
    }

    /** The judged questions of the MedQuAD corpus. */
    public static Path medquadEval() {
        return folder().resolve("corpora/medquad-eval");
    }

    /** The legacy document the project's import starts from. */
    public static Path seeds() {
        return folder().resolve("seeds");
    }

    /**
     * Returns {@code path} when it exists; otherwise skips the calling test, saying where the data
     * was looked for and how to point the build at it.
     */
    public static Path require(Path path) {
        assumeTrue(Files.exists(path), () -> "skipped: the shared data " + path + " is absent"
                + " (run with -Dhealthlib.shared.dir=DIR to point the tests at the shared folder)");
        return path;
    }
}
