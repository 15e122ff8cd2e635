package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.List;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.FilePaths;

/**
 * The content folder's {@code static/}: files copied to the site as they are, {@code static/images/x.png}
 * to {@code images/x.png}. Hidden files are left out; symbolic links follow {@link SymbolicLinks}.
 */
final class StaticFolder {
    static final String NAME = "static";

    private StaticFolder() {
    }

    /** The files under {@code static/}, as site paths with forward slashes, in order. */
    static List<String> list(Path root, Diagnostics diagnostics) {
        Path folder = root.resolve(NAME);
        return FolderScanner.walk(root, Path.of(NAME), file -> !FolderScanner.isHidden(file), diagnostics).stream()
                .map(file -> FilePaths.portable(folder.relativize(file)))
                .sorted()
                .toList();
    }
}
