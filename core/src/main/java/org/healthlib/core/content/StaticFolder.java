package org.healthlib.core.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.healthlib.core.diagnostics.Diagnostic;
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
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && FolderScanner.isHidden(dir)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!FolderScanner.isHidden(file) && (attrs.isRegularFile()
                            || attrs.isSymbolicLink() && SymbolicLinks.isReadableFile(root, file, diagnostics))) {
                        found.add(FilePaths.portable(folder.relativize(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.add(Diagnostic.error(root.relativize(file), 0, 0, "cannot read (" + e + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(Path.of(NAME), 0, 0, "cannot list the folder (" + e + ")"));
        }
        found.sort(null);
        return List.copyOf(found);
    }
}
