package org.healthlib.core.diagnostics;

import java.nio.file.Path;

/** Paths as messages show and order them: with "/" between folders on every system. */
public final class FilePaths {

    private FilePaths() {
    }

    /** {@code articles/heart/heart-attack.md}, also where the system separates folders with "\". */
    public static String portable(Path path) {
        return path.toString().replace('\\', '/');
    }
}
