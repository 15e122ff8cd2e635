package org.healthlib.core.content;

import java.nio.file.Path;
import org.healthlib.core.diagnostics.FilePaths;

/**
 * The content folder itself cannot be used (it does not exist, or is a file). Problems INSIDE a
 * folder are never thrown: they are diagnostics.
 */
public final class ContentFolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContentFolderException(Path root, String problem) {
        super("content folder '" + FilePaths.portable(root) + "' " + problem);
    }
}
