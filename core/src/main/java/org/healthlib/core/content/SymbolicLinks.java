package org.healthlib.core.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;

/**
 * The rule for symbolic links in a content folder: a link to a file inside the folder is read as
 * that file; a link that leads out of the folder (or nowhere) is an error and is not followed, so
 * that a build never publishes a file from elsewhere on the machine. Folder links are never
 * followed, so a loop cannot hang a scan.
 */
final class SymbolicLinks {
    private SymbolicLinks() {
    }

    /**
     * Whether the symbolic link {@code link} may be read as a file: it leads to a regular file inside
     * {@code root}. Anything else is reported on the link's path, relative to {@code root}.
     */
    static boolean isReadableFile(Path root, Path link, Diagnostics diagnostics) {
        Path relative = root.relativize(link);
        Optional<Path> target = realPath(link);
        if (target.isEmpty()) {
            diagnostics.add(Diagnostic.error(relative, 0, 0, "is a symbolic link to a file that does not exist"));
            return false;
        }
        Optional<Path> realRoot = realPath(root);
        if (realRoot.isEmpty() || !target.get().startsWith(realRoot.get())) {
            diagnostics.add(Diagnostic.error(relative, 0, 0, "is a symbolic link to " + target.get()
                    + ", outside the content folder; it is not read (copy the file into the folder instead)"));
            return false;
        }
        if (!Files.isRegularFile(target.get())) {
            diagnostics.add(Diagnostic.warning(relative, 0, 0, "is a symbolic link to a folder; it is not followed"));
            return false;
        }
        return true;
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
