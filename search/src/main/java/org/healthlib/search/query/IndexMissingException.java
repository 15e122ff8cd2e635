package org.healthlib.search.query;

import java.io.IOException;
import java.nio.file.Path;

/** The folder given as a search index holds none. */
public final class IndexMissingException extends IOException {
    private static final long serialVersionUID = 1L;

    public IndexMissingException(Path dir) {
        super(dir + " is not a search index (run 'healthlib build' to write one)");
    }
}
